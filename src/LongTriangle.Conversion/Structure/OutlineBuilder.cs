using System.Collections.Immutable;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// Builds the outline of a body from its lines: numbered lines open containers by the genre's nesting,
/// other lines are paragraphs of the innermost open container. Where the numbering proves a heading was
/// lost — a jump (一、 then 三、), a restart without a new parent ((一)(二) then (一) again), or lower
/// numbering before any of its parent level when that level is known to exist — a container with only its
/// number is inserted and recorded. A repeated number gets a disambiguated eId and is recorded.
/// Articles (第N条) are numbered through the whole document, across chapters, unless the document itself
/// starts them again at 第一条; then, like every other level, they count within their parent.
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

    private OutlineBuilder(IReadOnlyList<SourceLine> lines, int? fragmentStart)
    {
        _lines = lines;
        _numbering = [.. lines.Select(l => NumberedLine.Read(l.Text))];
        _fragmentStart = fragmentStart;
        _parentKinds = ParentKinds(_numbering);
        _numberedThrough = NumberedThroughDocument(_numbering);
        _open.Add(OutlineNode.Root());
    }

    /// <summary>The outline of <paramref name="lines"/>; paragraphs before the first heading from <paramref name="fragmentStart"/> on are a fragment.</summary>
    public static Outline Build(IReadOnlyList<SourceLine> lines, int? fragmentStart)
    {
        var builder = new OutlineBuilder(lines, fragmentStart);
        builder.Run();
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
        if (n <= last && kind.IsContainer() && IsRestart(n, last) && !Top.IsRoot && Top.Kind is { } parentKind && parentKind.IsContainer())
        {
            // The parent changed but its heading is gone: a sibling of the current parent was lost.
            _open.RemoveAt(_open.Count - 1);
            InsertMissing(parentKind, Top.LastNumber(parentKind) + 1, line);
            last = 0;
        }

        if (n > last + 1 && kind.IsContainer())
        {
            if (Top.IsRoot && last == 0)
                _missingParts.Add(Range(kind, 1, n - 1)); // the seed starts in the middle of the document
            else
                for (var missing = last + 1; missing < n; missing++)
                    InsertMissing(kind, missing, line, push: false);
        }

        if (Top.Occurrences(kind, n) > 0)
            _repairs.Add(new Repair(RepairKind.NumberingDisambiguated, line.Number, "", "",
                $"{kind.Label(n)} appears {Top.Occurrences(kind, n) + 1} times at this level; this one's eId gets the suffix -{Top.Occurrences(kind, n) + 1}"));

        _open.Add(Top.AddContainer(kind, n, line, numbered.IsHeading, missing: false));
        if (through) _lastThrough[kind] = Math.Max(last, n);
    }

    /// <summary>The genre numbers articles through the document; a document that starts them again at 1 counts them per parent.</summary>
    private static HashSet<NumberingKind> NumberedThroughDocument(IEnumerable<NumberedLine?> numbering)
    {
        var articles = numbering.OfType<NumberedLine>().Where(n => n.Kind == NumberingKind.Article).Select(n => n.Number).ToList();
        var restarts = articles.Skip(1).Any(n => n == 1);
        return restarts || articles.Count == 0 ? [] : [NumberingKind.Article];
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

    private void InsertMissing(NumberingKind kind, int number, SourceLine evidence, bool push = true)
    {
        var label = kind.Label(number);
        var node = Top.AddContainer(kind, number, evidence, isHeading: true, missing: true);
        _repairs.Add(new Repair(RepairKind.HeadingInserted, evidence.Number, "", label,
            $"the numbering shows that heading {label} is missing in the source; inserted with its number only"));
        if (push) _open.Add(node);
    }

    /// <summary>A number not continuing the last: back to 1, or lower than the last. A repeat of the last (two 三、) is a duplicate, not a restart.</summary>
    private static bool IsRestart(int n, int last) => n == 1 || n < last;

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
