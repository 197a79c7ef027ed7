using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// A node of the outline while it is being built: the root, a numbered container (heading or numbered
/// clause), or a paragraph. Mutable only inside one <see cref="OutlineBuilder"/> run.
/// </summary>
internal sealed class OutlineNode
{
    private readonly Dictionary<NumberingKind, int> _lastNumber = [];
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);

    private OutlineNode(NumberingKind? kind, int number, string? segment, SourceLine? line, bool isHeading, bool missing, int depth)
    {
        Kind = kind;
        Number = number;
        Segment = segment;
        Line = line;
        IsHeading = isHeading;
        Missing = missing;
        Depth = depth;
    }

    public NumberingKind? Kind { get; }
    public int Number { get; }
    /// <summary>The eId segment, e.g. <c>part_3</c> (or <c>part_3-2</c> for a repeated number); null for the root and paragraphs.</summary>
    public string? Segment { get; }
    /// <summary>The source line; for a missing heading, the line whose numbering showed the loss.</summary>
    public SourceLine? Line { get; }
    public bool IsHeading { get; }
    public bool Missing { get; }
    /// <summary>0 for the root's children.</summary>
    public int Depth { get; }
    public ParagraphRole Role { get; private init; } = ParagraphRole.Clause;
    /// <summary>For a heading an editor restored from the official document, that document's address.</summary>
    public string? RestoredFrom { get; private init; }
    public List<OutlineNode> Children { get; } = [];

    public bool IsRoot => Kind is null && Segment is null && Line is null;
    public bool IsParagraph => Kind is null && Line is not null;

    public static OutlineNode Root() => new(null, 0, null, null, false, false, -1);

    public int LastNumber(NumberingKind kind) => _lastNumber.GetValueOrDefault(kind);

    /// <param name="segmentName">The eId segment name of the kind in this document (sec, part …).</param>
    public OutlineNode AddContainer(NumberingKind kind, string segmentName, int number, SourceLine line, bool isHeading, bool missing, string? restoredFrom = null)
    {
        _lastNumber[kind] = number;
        // Counted by segment, not by kind: two kinds that share a segment name can never share an eId.
        var plain = $"{segmentName}_{number}";
        var occurrence = _occurrences[plain] = _occurrences.GetValueOrDefault(plain) + 1;
        var segment = plain + (occurrence > 1 ? $"-{occurrence}" : "");
        var node = new OutlineNode(kind, number, segment, line, isHeading, missing, Depth + 1) { RestoredFrom = restoredFrom };
        Children.Add(node);
        return node;
    }

    /// <summary>How many times this segment (<c>sec_1</c>) has been used here before (for disambiguating repeats).</summary>
    public int Occurrences(string segmentName, int number) => _occurrences.GetValueOrDefault($"{segmentName}_{number}");

    public void AddParagraph(SourceLine line, ParagraphRole role) =>
        Children.Add(new OutlineNode(null, 0, null, line, false, false, Depth + 1) { Role = role });
}
