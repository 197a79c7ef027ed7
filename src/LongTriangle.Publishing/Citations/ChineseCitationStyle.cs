using System.Globalization;

namespace LongTriangle.Publishing.Citations;

/// <summary>
/// Chinese citations: <c>chp_8__sec_1__para_3</c> → 《纲要》第八章第一节第3段, <c>part_2__sec_3__item_4</c> →
/// 《方案》第二部分（三）第4项, <c>preface__para_1</c> → 《方案》序言第1段, <c>book_1__chp_2__art_5</c> →
/// 《规划》第一篇第二章第5条, <c>part_3-2</c> → 《方案》第三部分（第2处）.
/// </summary>
public sealed class ChineseCitationStyle : CitationStyle
{
    // A title inside the citation's 《》 writes its own book-title marks as 〈〉, as Chinese usage nests them.
    public override string Cite(ClauseId id, CitedDocument document) =>
        "《" + document.Title.Replace('《', '〈').Replace('》', '〉') + "》" + Place(id);

    protected override string Separator => "";

    protected override string Describe(ClauseIdSegment segment, string? parent)
    {
        var n = segment.Number;
        var arabic = n?.ToString(CultureInfo.InvariantCulture) ?? "";
        var chinese = n is { } value ? ChineseNumber.Format(value) : "";
        var text = segment.Kind switch
        {
            "book" => $"第{chinese}篇",
            "div" => $"第{chinese}部分",
            "chp" => $"第{chinese}章",
            "sec" when parent == "chp" => $"第{chinese}节",
            "sec" => $"（{chinese}）",
            ClauseSegments.Subsection => $"（{chinese}）",
            // A plan's top-level 一、 is cited 第N部分, as readers cite it; inside a 第N部分, 第N章 … it is cited
            // as the source numbers it (第二部分三、), or 第二部分第三部分 would name two levels alike.
            "part" when parent is null or ClauseSegments.Annex => $"第{chinese}部分",
            "part" => $"{chinese}、",
            "art" => $"第{arabic}条",
            "item" => $"第{arabic}项",
            "point" => $"（{arabic}）",
            ClauseSegments.Paragraph => $"第{arabic}段",
            ClauseSegments.Preface => "序言",
            ClauseSegments.Notice => "印发通知",
            ClauseSegments.Fragment => "残存部分",
            ClauseSegments.Closing => "落款",
            ClauseSegments.Annex => $"附件{arabic}",
            // A kind a future converter introduces still cites unambiguously, if less elegantly.
            _ => $"{segment.Kind}{arabic}",
        };
        return segment.Occurrence <= 1 ? text : text + $"（第{segment.Occurrence.ToString(CultureInfo.InvariantCulture)}处）";
    }
}
