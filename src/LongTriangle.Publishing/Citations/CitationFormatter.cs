using System.Globalization;
using System.Text;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Citations;

/// <summary>
/// Turns an eId into a human citation, in Chinese and English, from the eId alone so that it is identical
/// wherever it is computed:
/// <list type="bullet">
/// <item><c>chp_8__sec_1__para_3</c> → 《纲要》第八章第一节第3段 / Outline, Ch. 8, Sec. 1, para. 3</item>
/// <item><c>part_2__sec_3__item_4</c> → 《方案》第二部分（三）第4项 / Plan, Part 2, Sec. 3, item 4</item>
/// <item><c>preface__para_1</c> → 《方案》序言第1段 / Plan, preamble, para. 1</item>
/// <item><c>part_2__sec_1__item_3__point_2</c> → 《方案》第二部分（一）第3项（2） / Plan, Part 2, Sec. 1, item 3, point 2</item>
/// <item><c>book_1__chp_2__art_5</c> → 《规划》第一篇第二章第5条 / Plan, Book 1, Ch. 2, Art. 5</item>
/// </list>
/// Structural units (篇, 部分, 章, 节) are written with Chinese numerals and 第…; （三） and （2） keep the
/// documents' own bracketed numbering; articles, items and paragraphs use Arabic numerals. A number the
/// source repeats (<c>part_3-2</c>, the second 三、) is cited with its occurrence: 第三部分（第2处）/ Part 3 (2nd).
/// The English citation names the issuer and the date where they are known and ends "(unofficial
/// translation)": the Chinese is authoritative.
/// </summary>
public static class CitationFormatter
{
    public const string Unofficial = " (unofficial translation)";

    public static Citation Cite(ClauseId id, string titleZh, string titleEn, string? issuerEn = null, string? date = null)
    {
        // A title inside the citation's 《》 writes its own book-title marks as 〈〉, as Chinese usage nests them.
        var zh = new StringBuilder("《").Append(titleZh.Replace('《', '〈').Replace('》', '〉')).Append('》');
        var en = new StringBuilder();
        if (issuerEn is not null) en.Append(issuerEn).Append(", ");
        en.Append(titleEn);
        if (date is not null) en.Append(" (").Append(date).Append(')');
        string? parent = null;
        foreach (var segment in id.Segments)
        {
            var (z, e) = Describe(segment, parent);
            zh.Append(z);
            en.Append(", ").Append(e);
            parent = segment.Kind;
        }
        return new Citation(zh.ToString(), en.Append(Unofficial).ToString());
    }

    private static (string Zh, string En) Describe(ClauseIdSegment segment, string? parent)
    {
        var n = segment.Number;
        var arabic = n?.ToString(CultureInfo.InvariantCulture) ?? "";
        var chinese = n is { } value ? ChineseNumber.Format(value) : "";
        var (zh, en) = segment.Kind switch
        {
            "book" => ($"第{chinese}篇", $"Book {arabic}"),
            "div" => ($"第{chinese}部分", $"Part {arabic}"),
            "chp" => ($"第{chinese}章", $"Ch. {arabic}"),
            "sec" when parent == "chp" => ($"第{chinese}节", $"Sec. {arabic}"),
            "sec" => ($"（{chinese}）", $"Sec. {arabic}"),
            ClauseSegments.Subsection => ($"（{chinese}）", $"Subsec. {arabic}"),
            // A plan's top-level 一、 is cited 第N部分, as readers cite it; inside a 第N部分, 第N章 … it is cited
            // as the source numbers it (第二部分三、), or 第二部分第三部分 would name two levels alike.
            "part" when parent is null or ClauseSegments.Annex => ($"第{chinese}部分", $"Part {arabic}"),
            "part" => ($"{chinese}、", $"Subpart {arabic}"),
            "art" => ($"第{arabic}条", $"Art. {arabic}"),
            "item" => ($"第{arabic}项", $"item {arabic}"),
            "point" => ($"（{arabic}）", $"point {arabic}"),
            ClauseSegments.Paragraph => ($"第{arabic}段", $"para. {arabic}"),
            ClauseSegments.Preface => ("序言", "preamble"),
            ClauseSegments.Notice => ("印发通知", "notice"),
            ClauseSegments.Fragment => ("残存部分", "fragment"),
            ClauseSegments.Closing => ("落款", "signature"),
            ClauseSegments.Annex => ($"附件{arabic}", $"Annex {arabic}"),
            // A kind a future converter introduces still cites unambiguously, if less elegantly.
            _ => ($"{segment.Kind}{arabic}", n is null ? segment.Kind : $"{segment.Kind} {arabic}"),
        };
        return segment.Occurrence <= 1
            ? (zh, en)
            : (zh + $"（第{segment.Occurrence.ToString(CultureInfo.InvariantCulture)}处）", en + $" ({Ordinal(segment.Occurrence)})");
    }

    private static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
