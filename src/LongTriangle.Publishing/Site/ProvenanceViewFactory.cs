using LongTriangle.Publishing.Content;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Site;

/// <summary>
/// The provenance page of a document. The provenance tree is shown as it is; a list whose items are all
/// flat mappings (e.g. one repair per item) becomes a table with a column per key, split into folded
/// groups by its "kind" column when it has one (a seed converted from Traditional has thousands of
/// repairs); a cell holding an eId of the document links to that clause.
/// </summary>
public static class ProvenanceViewFactory
{
    public static ProvenanceView Create(SiteModel site, LocalisedDocument document, Provenance provenance, Rendition language)
    {
        var strings = language.Strings;
        var doc = document.Document;
        var title = document.Title(language);
        var frame = site.Frames.Create(
            language, strings.ProvenanceTitle(title.Text), strings.ProvenanceExplanation,
            SiteUrls.Provenance(language, doc),
            l => SiteUrls.Provenance(l, doc), SiteUrls.Provenance(Renditions.Authoritative, doc),
            [.. DocumentViewFactory.Breadcrumbs(site, document, language),
                new Link(site.Frames.Href(SiteUrls.Document(language, doc)), title.Text, title.LangOn(language))],
            "page-provenance");
        return new ProvenanceView(
            frame,
            strings.Provenance,
            doc.Metadata.Title,
            strings.ProvenanceExplanation,
            new Link(site.Frames.Href(SiteUrls.Document(language, doc)), strings.BackToDocument),
            new Converter(doc, site.Frames.Href(SiteUrls.Document(language, doc)), strings).Convert(provenance.Root));
    }

    private sealed class Converter(PolicyDocument document, string documentHref, LongTriangle.Theme.Strings.UiStrings strings)
    {
        private const string KindColumn = "kind";
        private readonly HashSet<string> _ids = document.Clauses.Select(c => c.Id.Value).ToHashSet(StringComparer.Ordinal);

        public TreeNode Convert(ProvenanceNode node) => node switch
        {
            ProvenanceScalar scalar => new TreeText(scalar.Value),
            ProvenanceMap map => new TreeMap([.. map.Entries.Select(e => new TreeEntry(e.Key, Convert(e.Value)))]),
            ProvenanceList list when list.Items.Length > 0 && list.Items.All(IsFlatMap) => Table([.. list.Items.Cast<ProvenanceMap>()]),
            ProvenanceList list => new TreeList([.. list.Items.Select(Convert)]),
            _ => new TreeText(""),
        };

        private static bool IsFlatMap(ProvenanceNode node) =>
            node is ProvenanceMap map && map.Entries.All(e => e.Value is ProvenanceScalar);

        private static string Value(ProvenanceMap item, string key) =>
            item.Entries.FirstOrDefault(e => e.Key == key).Value is ProvenanceScalar s ? s.Value : "";

        private TreeNode Table(IReadOnlyList<ProvenanceMap> items)
        {
            var columns = new List<string>();
            foreach (var item in items)
                foreach (var entry in item.Entries)
                    if (!columns.Contains(entry.Key, StringComparer.Ordinal)) columns.Add(entry.Key);
            if (!columns.Contains(KindColumn, StringComparer.Ordinal)) return Rows(items, columns);

            // Groups in order of first appearance, so the page follows the converter's order of stages.
            var others = columns.Where(c => c != KindColumn).ToList();
            return new TreeGroups([.. items
                .GroupBy(item => Value(item, KindColumn), StringComparer.Ordinal)
                .Select(g => new TreeGroup(GroupLabel(g.Key), g.Count(), Rows([.. g], others)))]);
        }

        private string GroupLabel(string kind)
        {
            var words = strings.RepairKind(kind);
            return words == kind ? kind : $"{words} · {kind}";
        }

        private TreeTable Rows(IReadOnlyList<ProvenanceMap> items, List<string> columns) => new(
            columns,
            [.. items.Select(item => (IReadOnlyList<TreeCell>)[.. columns.Select(c => Cell(Value(item, c)))])]);

        private TreeCell Cell(string text) =>
            _ids.Contains(text) ? new TreeCell(text, documentHref + "#" + text) : new TreeCell(text);
    }
}
