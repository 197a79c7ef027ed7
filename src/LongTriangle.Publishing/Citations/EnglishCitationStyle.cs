using System.Globalization;
using System.Text;

namespace LongTriangle.Publishing.Citations;

/// <summary>
/// English citations: <c>chp_8__sec_1__para_3</c> → Outline, Ch. 8, Sec. 1, para. 3; <c>part_2__sec_3__item_4</c>
/// → Plan, Part 2, Sec. 3, item 4; <c>part_3-2</c> → Plan, Part 3 (2nd). The citation names the issuer and the
/// date where they are known and ends "(unofficial translation)": the Chinese is authoritative.
/// </summary>
public sealed class EnglishCitationStyle : CitationStyle
{
    public const string Unofficial = " (unofficial translation)";

    public override string Cite(ClauseId id, CitedDocument document)
    {
        var text = new StringBuilder();
        if (document.Issuer is not null) text.Append(document.Issuer).Append(", ");
        text.Append(document.Title);
        if (document.Date is not null) text.Append(" (").Append(document.Date).Append(')');
        return text.Append(", ").Append(Place(id)).Append(Unofficial).ToString();
    }

    protected override string Separator => ", ";

    protected override string Describe(ClauseIdSegment segment, string? parent)
    {
        var n = segment.Number;
        var arabic = n?.ToString(CultureInfo.InvariantCulture) ?? "";
        var text = segment.Kind switch
        {
            "book" => $"Book {arabic}",
            "div" => $"Part {arabic}",
            "chp" => $"Ch. {arabic}",
            "sec" => $"Sec. {arabic}",
            ClauseSegments.Subsection => $"Subsec. {arabic}",
            // As the Chinese: a top-level 一、 is a Part; one inside a 第N部分 or 第N章 is a Subpart.
            "part" when parent is null or ClauseSegments.Annex => $"Part {arabic}",
            "part" => $"Subpart {arabic}",
            "art" => $"Art. {arabic}",
            "item" => $"item {arabic}",
            "point" => $"point {arabic}",
            ClauseSegments.Paragraph => $"para. {arabic}",
            ClauseSegments.Preface => "preamble",
            ClauseSegments.Notice => "notice",
            ClauseSegments.Fragment => "fragment",
            ClauseSegments.Closing => "signature",
            ClauseSegments.Annex => $"Annex {arabic}",
            // A kind a future converter introduces still cites unambiguously, if less elegantly.
            _ => n is null ? segment.Kind : $"{segment.Kind} {arabic}",
        };
        return segment.Occurrence <= 1 ? text : text + $" ({Ordinal(segment.Occurrence)})";
    }

    private static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
