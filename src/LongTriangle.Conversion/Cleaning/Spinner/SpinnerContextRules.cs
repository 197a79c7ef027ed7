using System.Text.RegularExpressions;

namespace LongTriangle.Conversion.Cleaning.Spinner;

/// <summary>
/// Reversals a phrase table cannot express, because the spun word is also a genuine word and only its
/// context shows the swap, or because the spinner deleted a word and only the context shows the gap.
/// Applied only to a detected spun copy, after the phrase table. Each rule is a known habit of "伪原创"
/// spinners meeting the fixed wording of Chinese policy documents:
/// <list type="bullet">
/// <item>基地 is deleted. The genre names designated sites X基地 (产业示范基地, 实践创新基地, 康养基地,
/// 教育基地, 服务基地) as the object of an establishing verb (建设, 打造, 设立 …); such an X ending its clause
/// after such a verb has lost 基地 (公共服务 is a complete noun and is left alone).</item>
/// <item>超过 becomes 跨越: 跨越 before a quantity (跨越70家) is a swap; 跨越发展 is genuine.</item>
/// <item>放开 becomes 铺开: what is 铺开 in policy prose is work (全面铺开试点); restrictions (限制) are 放开.</item>
/// <item>GDP loses its GD: a lone capital P between Chinese characters (人均P) is the remnant of GDP.</item>
/// </list>
/// </summary>
public static partial class SpinnerContextRules
{
    /// <summary>One applied rule: what the text read and what it reads now.</summary>
    public sealed record Change(string Before, string After);

    public static string Apply(string text, List<Change> changes)
    {
        text = Replace(text, DeletedBase(), m => m.Value + "基地", changes);
        text = Replace(text, ExceedsBeforeQuantity(), _ => "超过", changes);
        text = Replace(text, LiftedRestriction(), _ => "放开", changes);
        text = Replace(text, GdpRemnant(), _ => "GDP", changes);
        return text;
    }

    private static string Replace(string text, Regex rule, Func<Match, string> replacement, List<Change> changes) =>
        rule.Replace(text, m =>
        {
            var after = replacement(m);
            changes.Add(new Change(m.Value, after));
            return after;
        });

    [GeneratedRegex(@"(?<=(?:建设|打造|设立|创建|争创|建成)[^。；，、：]{0,30}?)(?<!公共)(?:产业示范|实践创新|康养|教育|服务|培训|实训|孵化)(?=[。；])")]
    private static partial Regex DeletedBase();

    [GeneratedRegex(@"跨越(?=[0-9０-９])")]
    private static partial Regex ExceedsBeforeQuantity();

    [GeneratedRegex(@"铺开(?=[^。；，]{0,12}限制)")]
    private static partial Regex LiftedRestriction();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff])P(?=[\u4e00-\u9fff])")]
    private static partial Regex GdpRemnant();
}
