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
        var all = lines.Select(l => l.Trim().Trim('\u3000')).Where(l => l.Length > 0).ToList();
        if (FullTitleUnderHeadline(title, all) is { } full) return full;

        var named = ForwardingNotice().Match(title) is { Success: true } notice ? notice.Groups["doc"].Value
            : title.StartsWith('【') && BookTitle().Match(title) is { Success: true } headline ? headline.Groups["doc"].Value
            : null;
        if (named is null || named.Length < 4) return title;
        return all.Any(l => IsTitleLineOf(l, named)) ? named : title;
    }

    /// <summary>
    /// For a seed with no title line at its top (a notice whose heading the page lost): the document a
    /// forwarding sentence names (现将《X》印发给你们, 《X》已经市政府同意，现予印发) when the text gives X on a
    /// line of its own. Null otherwise.
    /// </summary>
    public static string? Forwarded(IEnumerable<string> lines)
    {
        var all = lines.Select(l => l.Trim().Trim('\u3000')).Where(l => l.Length > 0).ToList();
        foreach (var line in all.Where(l => Forwarding().IsMatch(l)))
            foreach (Match m in BookTitle().Matches(line))
                if (m.Groups["doc"].Value is { Length: >= 4 } named && all.Any(l => IsTitleLineOf(l, named)))
                    return named;
        return null;
    }

    [GeneratedRegex(@"印发给你们|现予印发|予以印发|现印发|转发给你们|现予发布")]
    private static partial Regex Forwarding();

    /// <summary>Lines after a headline searched for the document's full title.</summary>
    private const int LinesAfterHeadline = 2;

    /// <summary>
    /// A page headline wraps the title in remarks ((上海市)…规划(2022年更新), …（全文）); when the line right
    /// under it is a title naming a document type and most of the headline's characters, that line is the title.
    /// </summary>
    private static string? FullTitleUnderHeadline(string title, List<string> lines)
    {
        if (!Remark().IsMatch(title)) return null;
        var at = lines.IndexOf(title);
        if (at < 0) return null;
        var core = Remark().Replace(title, "");
        foreach (var line in lines.Skip(at + 1).Take(LinesAfterHeadline))
        {
            if (line.Length <= core.Length || !TitleLineFinder.IsTitleLike(line, requireTypeName: true)) continue;
            var shared = core.Count(c => line.Contains(c));
            if (shared * 10 >= core.Length * 8) return line;
        }
        return null;
    }

    [GeneratedRegex(@"^[（(【\[][^）)】\]]{1,12}[）)】\]]|[（(][^（()）]{0,12}(更新|全文|修订版|摘要|节选|图解)[^（()）]{0,6}[）)]$|（全文）$|全文$")]
    private static partial Regex Remark();

    private static bool IsTitleLineOf(string line, string named) =>
        line == named || line == "《" + named + "》" || line == "《" + named + "》全文" || line == named + "全文";

    [GeneratedRegex(@"(印发|转发|发布|颁布|公布)\s*《(?<doc>[^《》]+)》\s*的?(通知|决定|通告|公告|函)$")]
    private static partial Regex ForwardingNotice();

    [GeneratedRegex(@"《(?<doc>[^《》]+)》")]
    private static partial Regex BookTitle();
}
