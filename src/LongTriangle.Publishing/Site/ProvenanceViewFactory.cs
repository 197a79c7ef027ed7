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
            // The record is of the authoritative text, so it names the document as that text does.
            doc.Metadata.Title,
            Renditions.Authoritative.Tag,
            strings.ProvenanceExplanation,
            new Link(site.Frames.Href(SiteUrls.Document(language, doc)), strings.BackToDocument),
            new Converter(doc, site.Frames.Href(SiteUrls.Document(language, doc)), strings).Convert(provenance.Root));
    }

    private sealed class Converter(PolicyDocument document, string documentHref, LongTriangle.Theme.Strings.UiStrings strings)
    {
        private const string KindColumn = "kind";
        private readonly HashSet<string> _ids = document.Clauses.Select(c => c.Id.Value).ToHashSet(StringComparer.Ordinal);

        /// <param name="section">The key this node is the value of, for labels that depend on it; null at the top.</param>
        public TreeNode Convert(ProvenanceNode node, string? section = null) => node switch
        {
            ProvenanceScalar scalar => new TreeText(scalar.Value),
            // Every key gets the reader's label; a section with nothing in it is not shown at all.
            ProvenanceMap map => new TreeMap([.. map.Entries.Where(e => !IsEmpty(e.Value))
                .Select(e => new TreeEntry(strings.ProvenanceLabel(e.Key, section), Convert(e.Value, e.Key)))]),
            ProvenanceList list when list.Items.Length > 0 && list.Items.All(IsFlatMap) => Table([.. list.Items.Cast<ProvenanceMap>()], section),
            ProvenanceList list => new TreeList([.. list.Items.Where(i => !IsEmpty(i)).Select(i => Convert(i, section))]),
            _ => new TreeText(""),
        };

        private static bool IsEmpty(ProvenanceNode node) => node switch
        {
            ProvenanceScalar scalar => scalar.Value.Trim().Length == 0,
            ProvenanceMap map => map.Entries.All(e => IsEmpty(e.Value)),
            ProvenanceList list => list.Items.All(IsEmpty),
            _ => true,
        };

        private static bool IsFlatMap(ProvenanceNode node) =>
            node is ProvenanceMap map && map.Entries.All(e => e.Value is ProvenanceScalar);

        private static string Value(ProvenanceMap item, string key) =>
            item.Entries.FirstOrDefault(e => e.Key == key).Value is ProvenanceScalar s ? s.Value : "";

        private TreeNode Table(IReadOnlyList<ProvenanceMap> items, string? section)
        {
            var columns = new List<string>();
            foreach (var item in items)
                foreach (var entry in item.Entries)
                    if (!columns.Contains(entry.Key, StringComparer.Ordinal)) columns.Add(entry.Key);
            if (!columns.Contains(KindColumn, StringComparer.Ordinal)) return Rows(items, columns, section);

            // Groups in order of first appearance, so the page follows the converter's order of stages.
            var others = columns.Where(c => c != KindColumn).ToList();
            return new TreeGroups([.. items
                .GroupBy(item => Value(item, KindColumn), StringComparer.Ordinal)
                .Select(g => new TreeGroup(GroupLabel(g.Key), g.Count(), Rows([.. g], others, section)))]);
        }

        /// <summary>
        /// The kind in the reader's words. The reader refused a repair of a kind the content format does not
        /// define, so every repair is labelled; a kind column of some other section is shown as words.
        /// </summary>
        private string GroupLabel(string kind) =>
            RepairKinds.Read(kind) is { } repair ? strings.RepairLabel(repair) : LongTriangle.Theme.Strings.UiStrings.AsWords(kind);

        /// <summary>A column that is empty in every row is left out.</summary>
        private TreeTable Rows(IReadOnlyList<ProvenanceMap> items, List<string> columns, string? section)
        {
            var shown = columns.Where(c => items.Any(item => Value(item, c).Trim().Length > 0)).ToList();
            return new(
                [.. shown.Select(c => strings.ProvenanceLabel(c, section))],
                [.. items.Select(item => (IReadOnlyList<TreeCell>)[.. shown.Select(c => Cell(Value(item, c)))])]);
        }

        private TreeCell Cell(string text) =>
            _ids.Contains(text) ? new TreeCell(text, documentHref + "#" + text) : new TreeCell(text);
    }
}
