using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace LongTriangle.Publishing.Content;

/// <summary>
/// An Akoma Ntoso–style clause identifier (eId) such as <c>chp_8__sec_1__para_3</c>: segments joined by
/// <c>__</c>, each a kind with an optional Arabic number. Identical in every language, stable across builds.
/// </summary>
public sealed partial record ClauseId
{
    private ClauseId(string value, ImmutableArray<ClauseIdSegment> segments)
    {
        Value = value;
        Segments = segments;
    }

    public string Value { get; }

    public ImmutableArray<ClauseIdSegment> Segments { get; }

    public static bool IsValid(string value) => Shape().IsMatch(value);

    /// <summary>Parses an eId; returns null when it does not have the shape the content format defines.</summary>
    public static ClauseId? TryParse(string value)
    {
        if (!IsValid(value)) return null;
        var segments = value.Split("__").Select(ClauseIdSegment.Parse).ToImmutableArray();
        return new ClauseId(value, segments);
    }

    public override string ToString() => Value;

    [GeneratedRegex("^[a-z]+(_[0-9]+(-[0-9]+)?)?(__[a-z]+(_[0-9]+(-[0-9]+)?)?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}

/// <summary>
/// One segment of an eId: <c>chp_8</c> is kind <c>chp</c>, number 8; <c>preface</c> has no number;
/// <c>part_3-2</c> is the second 三、 of a document that repeats that number (occurrence 2).
/// </summary>
public sealed record ClauseIdSegment(string Kind, int? Number, int Occurrence = 1)
{
    public static ClauseIdSegment Parse(string text)
    {
        var underscore = text.IndexOf('_', StringComparison.Ordinal);
        if (underscore < 0) return new ClauseIdSegment(text, null);
        var number = text[(underscore + 1)..];
        var dash = number.IndexOf('-', StringComparison.Ordinal);
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return dash < 0
            ? new ClauseIdSegment(text[..underscore], int.Parse(number, culture))
            : new ClauseIdSegment(text[..underscore], int.Parse(number[..dash], culture), int.Parse(number[(dash + 1)..], culture));
    }
}
