using System.Globalization;
using System.Text.RegularExpressions;

namespace LongTriangle.Content;

/// <summary>
/// One segment of an eId: <c>chp_8</c> is kind <c>chp</c>, number 8; <c>preface</c> has no number;
/// <c>part_3-2</c> is the second 三、 of a document that repeats that number (occurrence 2).
/// </summary>
public sealed partial record ClauseIdSegment(string Kind, int? Number, int Occurrence = 1)
{
    /// <summary>The one rule for a segment: lower-case letters, then optionally _N and -N (Arabic numbers).</summary>
    public static bool IsValid(string text) => Shape().IsMatch(text);

    /// <summary>Reads a segment of the shape <see cref="IsValid"/> accepts.</summary>
    public static ClauseIdSegment Parse(string text)
    {
        var underscore = text.IndexOf('_', StringComparison.Ordinal);
        if (underscore < 0) return new ClauseIdSegment(text, null);
        var number = text[(underscore + 1)..];
        var dash = number.IndexOf('-', StringComparison.Ordinal);
        var culture = CultureInfo.InvariantCulture;
        return dash < 0
            ? new ClauseIdSegment(text[..underscore], int.Parse(number, culture))
            : new ClauseIdSegment(text[..underscore], int.Parse(number[..dash], culture), int.Parse(number[(dash + 1)..], culture));
    }

    [GeneratedRegex("^[a-z]+(_[0-9]{1,9}(-[0-9]{1,9})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
