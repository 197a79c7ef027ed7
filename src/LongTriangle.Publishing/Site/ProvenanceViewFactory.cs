using System.Collections.Immutable;
using LongTriangle.Publishing.Content;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Site;

/// <summary>
/// The provenance page of a document. The provenance tree is shown as it is; a list whose items are all
/// flat mappings (e.g. one repair per item) becomes a table with a column per key, split into folded
/// groups by its "kind" column when it has one (a seed converted from Traditional has thousands of
/// repairs); a cell holding an eId of the document links to that clause, once for the rows of that clause
/// that follow one another.
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

    /// <summary>
    /// Makes the view of one page's tree. A scraped page's record has thousands of rows, so the rows are read once
    /// into arrays by column, and a cell is made once per distinct text (the same few line numbers, characters and
    /// clauses repeat thousands of times).
    /// </summary>
    private sealed class Converter
    {
        private const string KindColumn = "kind";
        private readonly LongTriangle.Theme.Strings.UiStrings _strings;

        /// <summary>The cell of every clause of the document, linking to it.</summary>
        private readonly Dictionary<string, TreeCell> _clauseCells;

        /// <summary>The cells made so far, by the text they show.</summary>
        private readonly Dictionary<string, TreeCell> _cells = new(StringComparer.Ordinal);

        public Converter(PolicyDocument document, string documentHref, LongTriangle.Theme.Strings.UiStrings strings)
        {
            _strings = strings;
            _clauseCells = new(document.Clauses.Length, StringComparer.Ordinal);
            foreach (var clause in document.Clauses)
                _clauseCells.TryAdd(clause.Id.Value, new TreeCell(clause.Id.Value, documentHref + "#" + clause.Id.Value));
        }

        /// <param name="section">The key this node is the value of, for labels that depend on it; null at the top.</param>
        public TreeNode Convert(ProvenanceNode node, string? section = null) => node switch
        {
            ProvenanceScalar scalar => new TreeText(scalar.Value),
            // Every key gets the reader's label; a section with nothing in it is not shown at all.
            ProvenanceMap map => new TreeMap([.. map.Entries.Where(e => !IsEmpty(e.Value))
                .Select(e => new TreeEntry(_strings.ProvenanceLabel(e.Key, section), Convert(e.Value, e.Key)))]),
            ProvenanceList list when list.Items.Length > 0 && list.Items.All(IsFlatMap) => Table(list.Items, section),
            ProvenanceList list => new TreeList([.. list.Items.Where(i => !IsEmpty(i)).Select(i => Convert(i, section))]),
            _ => new TreeText(""),
        };

        private static bool IsEmpty(ProvenanceNode node) => node switch
        {
            ProvenanceScalar scalar => string.IsNullOrWhiteSpace(scalar.Value),
            ProvenanceMap map => map.Entries.All(e => IsEmpty(e.Value)),
            ProvenanceList list => list.Items.All(IsEmpty),
            _ => true,
        };

        private static bool IsFlatMap(ProvenanceNode node) =>
            node is ProvenanceMap map && map.Entries.All(e => e.Value is ProvenanceScalar);

        /// <param name="items">Flat mappings, each a row.</param>
        private TreeNode Table(ImmutableArray<ProvenanceNode> items, string? section)
        {
            // Columns in order of first appearance; a row's value of a key is its first entry with that key.
            var columns = new List<string>();
            var columnOf = new Dictionary<string, int>(StringComparer.Ordinal);
            var rows = new string[items.Length][];
            foreach (var item in items)
                foreach (var entry in ((ProvenanceMap)item).Entries)
                    if (columnOf.TryAdd(entry.Key, columns.Count)) columns.Add(entry.Key);
            for (var r = 0; r < items.Length; r++)
            {
                var values = new string[columns.Count];
                foreach (var entry in ((ProvenanceMap)items[r]).Entries)
                {
                    var column = columnOf[entry.Key];
                    values[column] ??= ((ProvenanceScalar)entry.Value).Value;
                }
                rows[r] = values;
            }
            if (!columnOf.TryGetValue(KindColumn, out var kindColumn))
                return Rows(rows, [.. Enumerable.Range(0, columns.Count)], columns, section);

            // Groups in order of first appearance, so the page follows the converter's order of stages.
            var others = Enumerable.Range(0, columns.Count).Where(c => c != kindColumn).ToArray();
            var groups = new List<(string Kind, List<string[]> Rows)>();
            var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                var kind = row[kindColumn] ?? "";
                if (!groupOf.TryGetValue(kind, out var group))
                {
                    groupOf[kind] = group = groups.Count;
                    groups.Add((kind, []));
                }
                groups[group].Rows.Add(row);
            }
            return new TreeGroups([.. groups.Select(g => new TreeGroup(GroupLabel(g.Kind), g.Rows.Count, Rows(g.Rows, others, columns, section)))]);
        }

        /// <summary>
        /// The kind in the reader's words. The reader refused a repair of a kind the content format does not
        /// define, so every repair is labelled; a kind column of some other section is shown as words.
        /// </summary>
        private string GroupLabel(string kind) =>
            RepairKinds.Read(kind) is { } repair ? _strings.RepairLabel(repair) : LongTriangle.Theme.Strings.UiStrings.AsWords(kind);

        /// <summary>
        /// A column that is empty in every row is left out. A clause cell spans the rows that follow it with the same
        /// clause: a clause with many repairs is named, and linked, once for all of them (a scraped page has
        /// thousands of repairs in a few hundred clauses), and every repair still sits beside its clause.
        /// </summary>
        /// <param name="rows">Values by column; null where a row has no such key.</param>
        /// <param name="candidates">The columns that may be shown, in order.</param>
        private TreeTable Rows(IReadOnlyList<string?[]> rows, int[] candidates, List<string> columns, string? section)
        {
            var shown = candidates.Where(c => rows.Any(row => !string.IsNullOrWhiteSpace(row[c]))).ToArray();
            // Each row's cells made straight into an array of its own (no grid of every cell and no table of spans
            // beside it: a scraped page's record has tens of thousands of cells). A cell is a function of its text,
            // so a clause cell spans the rows below it with the same text, and a row a cell above spans has no cell
            // in that column.
            var cells = new IReadOnlyList<TreeCell>[rows.Count];
            var row = new List<TreeCell>(shown.Length);
            for (var r = 0; r < rows.Count; r++)
            {
                row.Clear();
                foreach (var c in shown)
                {
                    var text = rows[r][c] ?? "";
                    var cell = Cell(text);
                    if (cell.Href is not null)
                    {
                        if (r > 0 && (rows[r - 1][c] ?? "") == text) continue;
                        var end = r + 1;
                        while (end < rows.Count && (rows[end][c] ?? "") == text) end++;
                        if (end - r > 1) cell = cell with { RowSpan = end - r };
                    }
                    row.Add(cell);
                }
                cells[r] = row.ToArray();
            }
            return new([.. shown.Select(c => _strings.ProvenanceLabel(columns[c], section))], cells);
        }

        /// <summary>An eId of the document links to its clause.</summary>
        private TreeCell Cell(string text)
        {
            if (_cells.TryGetValue(text, out var made)) return made;
            var cell = _clauseCells.TryGetValue(text, out var clause) ? clause : new TreeCell(text);
            _cells[text] = cell;
            return cell;
        }
    }
}
