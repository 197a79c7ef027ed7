using System.Text.RegularExpressions;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// The document's own title when the title found belongs to something around it: the notice that forwards
/// it (关于印发《X》的通知) or a news headline about it (【政策聚焦】《X》大力推动…). The document is X when
/// the text itself gives X on a line of its own (the document's title line under the notice, or 《X》全文).
/// </summary>
public static partial class OwnTitle
{
    public static string Resolve(string title, IEnumerable<string> lines)
    {
        var named = ForwardingNotice().Match(title) is { Success: true } notice ? notice.Groups["doc"].Value
            : title.StartsWith('【') && BookTitle().Match(title) is { Success: true } headline ? headline.Groups["doc"].Value
            : null;
        if (named is null || named.Length < 4) return title;
        return lines.Select(l => l.Trim().Trim('\u3000')).Any(l => IsTitleLineOf(l, named)) ? named : title;
    }

    private static bool IsTitleLineOf(string line, string named) =>
        line == named || line == "《" + named + "》" || line == "《" + named + "》全文" || line == named + "全文";

    [GeneratedRegex(@"(印发|转发|发布|颁布|公布)\s*《(?<doc>[^《》]+)》\s*的?(通知|决定|通告|公告|函)$")]
    private static partial Regex ForwardingNotice();

    [GeneratedRegex(@"《(?<doc>[^《》]+)》")]
    private static partial Regex BookTitle();
}
