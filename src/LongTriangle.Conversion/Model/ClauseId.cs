namespace LongTriangle.Conversion.Model;

/// <summary>
/// An Akoma Ntoso–style identifier of a heading or clause, built from the document's own numbering:
/// segments like <c>chp_8</c>, <c>sec_1</c>, <c>para_3</c> joined by <c>__</c>. It is the fragment of
/// every clause link, so it must be stable across runs and identical in every language.
/// </summary>
public sealed record ClauseId
{
    public const string Separator = "__";

    private ClauseId(string value) => Value = value;

    public string Value { get; }

    /// <summary>A top-level id, e.g. <c>chp_8</c> or <c>preface</c> (the prefix of preface paragraphs).</summary>
    public static ClauseId Root(string segment) => new(Checked(segment));

    /// <summary>The id of something inside this one: <c>chp_8</c> + <c>sec_1</c> → <c>chp_8__sec_1</c>.</summary>
    public ClauseId Child(string segment) => new(Value + Separator + Checked(segment));

    /// <summary>A child of <paramref name="parent"/>, or a root id when there is no parent.</summary>
    public static ClauseId Under(ClauseId? parent, string segment) => parent is null ? Root(segment) : parent.Child(segment);

    /// <summary>This id inside a new outermost segment: <c>part_1</c> in <c>annex_2</c> → <c>annex_2__part_1</c>.</summary>
    public ClauseId Within(string segment) => new(Checked(segment) + Separator + Value);

    public override string ToString() => Value;

    private static string Checked(string segment)
    {
        if (segment.Length == 0 || segment.Contains(Separator, StringComparison.Ordinal)
            || !segment.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_' or '-'))
            throw new ArgumentException($"'{segment}' is not an eId segment", nameof(segment));
        return segment;
    }
}
