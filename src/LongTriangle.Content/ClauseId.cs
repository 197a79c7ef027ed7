using System.Collections.Immutable;

namespace LongTriangle.Content;

/// <summary>
/// An Akoma Ntoso–style identifier of a heading or clause (eId) such as <c>chp_8__sec_1__para_3</c>, built
/// from the document's own numbering: segments joined by <c>__</c>. It is the fragment of every clause link,
/// so it must be stable across runs and identical in every language. The converter builds it segment by
/// segment; the site parses it from content. Both go through the one segment rule of <see cref="ClauseIdSegment"/>.
/// </summary>
public sealed record ClauseId
{
    public const string Separator = "__";

    private ClauseId(string value)
    {
        Value = value;
        Segments = [.. value.Split(Separator).Select(ClauseIdSegment.Parse)];
    }

    public string Value { get; }

    public ImmutableArray<ClauseIdSegment> Segments { get; }

    /// <summary>A top-level id, e.g. <c>chp_8</c> or <c>preface</c> (the prefix of preface paragraphs).</summary>
    public static ClauseId Root(string segment) => new(Checked(segment));

    /// <summary>The id of something inside this one: <c>chp_8</c> + <c>sec_1</c> → <c>chp_8__sec_1</c>.</summary>
    public ClauseId Child(string segment) => new(Value + Separator + Checked(segment));

    /// <summary>A child of <paramref name="parent"/>, or a root id when there is no parent.</summary>
    public static ClauseId Under(ClauseId? parent, string segment) => parent is null ? Root(segment) : parent.Child(segment);

    /// <summary>This id inside a new outermost segment: <c>part_1</c> in <c>annex_2</c> → <c>annex_2__part_1</c>.</summary>
    public ClauseId Within(string segment) => new(Checked(segment) + Separator + Value);

    /// <summary>The id this one is inside (<c>chp_8__sec_1</c> → <c>chp_8</c>); null for a top-level id.</summary>
    public ClauseId? Parent => Segments.Length == 1 ? null : new ClauseId(Value[..Value.LastIndexOf(Separator, StringComparison.Ordinal)]);

    /// <summary>True when every segment of <paramref name="value"/> has the shape the content format defines.</summary>
    public static bool IsValid(string value) => value.Split(Separator).All(ClauseIdSegment.IsValid);

    /// <summary>Parses an eId; returns null when it does not have the shape the content format defines.</summary>
    public static ClauseId? TryParse(string value) => IsValid(value) ? new ClauseId(value) : null;

    // Equal when the text is: the segments follow from it (and an array would compare by reference).
    public bool Equals(ClauseId? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => Value;

    private static string Checked(string segment) =>
        ClauseIdSegment.IsValid(segment) ? segment : throw new ArgumentException($"'{segment}' is not an eId segment", nameof(segment));
}
