using System.Collections.Immutable;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// Builds the outline of a body from its lines: numbered lines open containers by the genre's nesting,
/// other lines are paragraphs of the innermost open container. Where the numbering proves a heading was
/// lost — a jump (一、 then 三、), a restart without a new parent ((一)(二) then (一) again), or lower
/// numbering before any of its parent level when that level is known to exist — a container with only its
/// number is inserted and recorded. A repeated number gets a disambiguated eId and is recorded.
/// Chapters (第N章) and articles (第N条) are numbered through the whole document, across 篇/部分 and
/// chapters, unless the document itself starts them again at 1; then, like every other level, they
/// count within their parent. A gap in articles is lost text, recorded as missing, not a lost heading.
/// A level whose numbering runs on from one parent into the next (（五） under 一、, （六） under 二、) keeps the
/// document's numbers and inserts nothing.
/// </summary>
internal sealed class OutlineBuilder
{
    private readonly IReadOnlyList<SourceLine> _lines;
    private readonly NumberedLine?[] _numbering;
    private readonly int? _fragmentStart;
    private readonly IReadOnlyDictionary<NumberingKind, NumberingKind> _parentKinds;
    private readonly List<OutlineNode> _open = [];
    private readonly List<Repair> _repairs = [];
    private readonly List<string> _missingParts = [];
    private readonly HashSet<NumberingKind> _numberedThrough;
    private readonly Dictionary<NumberingKind, int> _lastThrough = [];
    private readonly Dictionary<NumberingKind, int> _lastSeen = [];
    private readonly bool _hasSections;
    private readonly IReadOnlyDictionary<int, string> _restoredFrom;
    private readonly List<Insertion> _insertions = [];

    private OutlineBuilder(IReadOnlyList<SourceLine> lines, int? fragmentStart, IReadOnlyDictionary<int, string> restoredFrom)
    {
        _lines = lines;
        _restoredFrom = restoredFrom;
        _numbering = [.. lines.Select(l => NumberedLine.Read(l.Text))];
        LastItemsOfLists(lines, _numbering);
        _fragmentStart = fragmentStart;
        _parentKinds = ParentKinds(_numbering);
        _numberedThrough = NumberedThroughDocument(_numbering);
        _hasSections = _numbering.Any(n => n?.Kind == NumberingKind.Section);
        _open.Add(OutlineNode.Root());
    }

    /// <summary>
    /// The outline of <paramref name="lines"/>; paragraphs before the first heading from <paramref name="fragmentStart"/> on are a fragment.
    /// <paramref name="restoredFrom"/> names, by line index, the headings an editor restored and the official text they come from.
    /// </summary>
    public static Outline Build(IReadOnlyList<SourceLine> lines, int? fragmentStart, IReadOnlyDictionary<int, string>? restoredFrom = null)
    {
        var builder = new OutlineBuilder(lines, fragmentStart, restoredFrom ?? new Dictionary<int, string>());
        builder.Run();
        builder.PlaceLostContainers();
        return new Outline(builder._open[0], [.. builder._repairs], [.. builder._missingParts]);
    }

    /// <summary>The index of the first numbered line (the end of preface and fragment), or the line count.</summary>
    public static int FirstNumbered(IReadOnlyList<SourceLine> lines, int start)
    {
        for (var i = start; i < lines.Count; i++)
            if (NumberedLine.Read(lines[i].Text) is not null)
                return i;
        return lines.Count;
    }

    private OutlineNode Top => _open[^1];

    private void Run()
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_numbering[i] is { } numbered)
            {
                Open(numbered, i);
            }
            else
            {
                var role = !Top.IsRoot ? ParagraphRole.Clause
                    : _fragmentStart is { } f && i >= f ? ParagraphRole.Fragment
                    : ParagraphRole.Preface;
                Top.AddParagraph(_lines[i], role);
            }
        }
    }

    private void Open(NumberedLine numbered, int index)
    {
        var kind = numbered.Kind;
        var line = _lines[index];
        while (!Top.IsRoot && Top.Kind >= kind) _open.RemoveAt(_open.Count - 1);

        if (kind.IsContainer() && Top.IsRoot) EnsureParent(kind, index);

        var through = _numberedThrough.Contains(kind);
        var last = through ? _lastThrough.GetValueOrDefault(kind) : Top.LastNumber(kind);
        var n = numbered.Number;
        if (!through && n <= last && kind.IsContainer() && IsRestart(n, last) && !Top.IsRoot && Top.Kind is { } parentKind && parentKind.IsContainer())
        {
            // The parent changed but its heading is gone: a sibling of the current parent was lost.
            _open.RemoveAt(_open.Count - 1);
            var grandparent = Top;
            var parent = InsertMissing(parentKind, Top.LastNumber(parentKind) + 1, line);
            _insertions.Add(new Insertion(grandparent, parent, _repairs.Count - 1, IsParent: true));
            last = 0;
        }

        // Some documents number （N） on through their parts (（一）…（五） under 一、, then （六） under 二、):
        // the first of a level under a new parent that goes on from the last one anywhere is that numbering, not
        // a sign that the new parent's first headings were lost.
        var runsOn = !through && last == 0 && !Top.IsRoot && n > 1 && n == _lastSeen.GetValueOrDefault(kind) + 1;
        if (n > last + 1 && kind.IsContainer() && !runsOn)
        {
            if ((Top.IsRoot || through) && last == 0)
                _missingParts.Add(Range(kind, 1, n - 1)); // the seed starts in the middle of the document
            else if (kind == NumberingKind.Article)
                _missingParts.Add(Range(kind, last + 1, n - 1)); // articles are clauses: a gap is lost text, not a lost heading
            else
                for (var missing = last + 1; missing < n; missing++)
                    _insertions.Add(new Insertion(Top, InsertMissing(kind, missing, line, push: false), _repairs.Count - 1, IsParent: false));
        }

        var segmentName = SegmentName(kind);
        if (Top.Occurrences(segmentName, n) is > 0 and var times)
            _repairs.Add(new Repair(RepairKind.NumberingDisambiguated, line.Number, "", "",
                $"{kind.Label(n)} appears {times + 1} times at this level; this one's eId gets the suffix -{times + 1}"));

        _open.Add(Top.AddContainer(kind, segmentName, n, line, numbered.IsHeading, missing: false, _restoredFrom.GetValueOrDefault(index)));
        if (through) _lastThrough[kind] = Math.Max(last, n);
        _lastSeen[kind] = n;
    }

    /// <summary>
    /// The last item of a list (（六）…的； / （七）其他方面贡献突出的。) ends with a full stop, and a short line that
    /// does so can read as a heading; after a sibling that ended with ；, it is the list's last item.
    /// </summary>
    private static void LastItemsOfLists(IReadOnlyList<SourceLine> lines, NumberedLine?[] numbering)
    {
        for (var i = 1; i < numbering.Length; i++)
        {
            if (numbering[i] is not { IsHeading: true } item || !lines[i].Text.TrimEnd().EndsWith('。')) continue;
            if (numbering[i - 1] is { } before && before.Kind == item.Kind && before.Number == item.Number - 1
                && lines[i - 1].Text.TrimEnd().EndsWith('；'))
                numbering[i] = item with { IsHeading = false };
        }
    }

    /// <summary>
    /// （一） is <c>sec</c> in plans; a document that also has 第N节 (also <c>sec</c>) calls it <c>subsec</c>, so that
    /// 第一节 and a （一） beside it under one chapter get distinct, readable eIds.
    /// </summary>
    private string SegmentName(NumberingKind kind) =>
        kind == NumberingKind.Subsection && _hasSections ? ClauseSegments.Subsection : kind.Segment();

    /// <summary>
    /// The genre numbers chapters through a document's 篇 and 部分, and articles through its chapters; a
    /// document that starts one of them again at 1 counts it per parent instead.
    /// </summary>
    private static HashSet<NumberingKind> NumberedThroughDocument(IReadOnlyList<NumberedLine?> numbering)
    {
        var through = new HashSet<NumberingKind>();
        foreach (var kind in new[] { NumberingKind.Chapter, NumberingKind.Article })
        {
            var numbers = numbering.OfType<NumberedLine>().Where(n => n.Kind == kind).Select(n => n.Number).ToList();
            if (numbers.Count > 0 && !numbers.Skip(1).Contains(1)) through.Add(kind);
        }
        return through;
    }

    /// <summary>
    /// Numbering lower than its parent level appears where no parent is open, the document does have that
    /// level, and that level's own numbering shows one is missing here: the next one is not the next number
    /// (一、 lost before （一）, then 二、), or there is none at all (every heading of that level was lost).
    /// Otherwise the lower numbering before the first parent is a list in the preface, and stays there.
    /// </summary>
    private void EnsureParent(NumberingKind kind, int index)
    {
        if (!_parentKinds.TryGetValue(kind, out var parent)) return;
        var next = _numbering.Skip(index + 1).FirstOrDefault(n => n is not null && n.Kind <= parent);
        if (next is not null && next.Kind == parent && next.Number == Top.LastNumber(parent) + 1) return;
        if (next is not null && next.Kind < parent) return;
        EnsureParent(parent, index);
        InsertMissing(parent, Top.LastNumber(parent) + 1, _lines[index]);
    }

    private OutlineNode InsertMissing(NumberingKind kind, int number, SourceLine evidence, bool push = true)
    {
        var label = kind.Label(number);
        var node = Top.AddContainer(kind, SegmentName(kind), number, evidence, isHeading: true, missing: true);
        _repairs.Add(new Repair(RepairKind.HeadingInserted, evidence.Number, "", label,
            $"the numbering shows that heading {label} is missing in the source; inserted with its number only"));
        if (push) _open.Add(node);
        return node;
    }

    /// <summary>A container inserted for a lost heading: where it was put, and its repair.</summary>
    private sealed record Insertion(OutlineNode Parent, OutlineNode Node, int RepairIndex, bool IsParent);

    /// <summary>Moves each inserted container to where the genre's evidence shows its content begins, and says so in its repair.</summary>
    private void PlaceLostContainers()
    {
        foreach (var insertion in _insertions)
        {
            var begins = insertion.IsParent
                ? LostContainerPlacement.PlaceParent(insertion.Parent, insertion.Node)
                : LostContainerPlacement.PlaceSibling(insertion.Parent, insertion.Node);
            if (begins is not { } line) continue;
            var repair = _repairs[insertion.RepairIndex];
            _repairs[insertion.RepairIndex] = repair with
            {
                Line = line,
                Note = repair.Note + $"; placed at seed line {line}, where its content begins",
            };
        }
    }

    /// <summary>A number lower than the last (（一）（二） then （一）). A repeat of the last (two 三、, or two 一、) is a duplicate, not a restart.</summary>
    private static bool IsRestart(int n, int last) => n < last;

    private static string Range(NumberingKind kind, int from, int to)
    {
        static string Name(NumberingKind kind, int n) => kind.Label(n).TrimEnd('、', '.');
        return from == to ? Name(kind, from) : $"{Name(kind, from)}至{Name(kind, to)}";
    }

    /// <summary>
    /// For each container kind, the kind of its parent level in this document: the nearest outer kind that
    /// occurs, or — when the kind restarts its numbering with no outer numbering at all (all its parent
    /// headings were lost) — the genre's parent kind.
    /// </summary>
    private static IReadOnlyDictionary<NumberingKind, NumberingKind> ParentKinds(IEnumerable<NumberedLine?> numbering)
    {
        var sequence = numbering.OfType<NumberedLine>().Where(n => n.Kind.IsContainer()).ToList();
        var present = sequence.Select(n => n.Kind).ToHashSet();
        foreach (var kind in Enum.GetValues<NumberingKind>().Where(k => k.IsContainer() && present.Contains(k)))
        {
            if (present.Any(p => p < kind) || GenreParent(kind) is not { } genreParent) continue;
            var last = 0;
            foreach (var numbered in sequence.Where(n => n.Kind == kind))
            {
                if (last > 0 && IsRestart(numbered.Number, last))
                {
                    present.Add(genreParent);
                    break;
                }
                last = numbered.Number;
            }
        }

        var parents = new Dictionary<NumberingKind, NumberingKind>();
        foreach (var kind in present)
            if (present.Where(p => p < kind).Select(p => (NumberingKind?)p).Max() is { } parent)
                parents[kind] = parent;
        return parents;
    }

    private static NumberingKind? GenreParent(NumberingKind kind) => kind switch
    {
        NumberingKind.Subsection => NumberingKind.Part,
        NumberingKind.Part or NumberingKind.Article or NumberingKind.Section => NumberingKind.Chapter,
        _ => null,
    };
}

/// <summary>The built outline: its root, the repairs it made (inserted headings, disambiguated numbers), and missing leading parts.</summary>
internal sealed record Outline(OutlineNode Root, ImmutableList<Repair> Repairs, ImmutableArray<string> MissingParts);
