using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace LongTriangle.Conversion.Cleaning.Chrome;

/// <summary>
/// Recognises the website a page came from: its name (from a source line, a news lede, a "整理编辑"
/// credit or a name glued to the title) and its domain (from a copyright line, else a contact e-mail).
/// </summary>
internal static partial class SiteIdentity
{
    /// <summary>Site names the page states about itself in source lines and ledes, in order of appearance.</summary>
    public static ImmutableArray<string> NamesIn(IEnumerable<string> lines)
    {
        var names = new List<string>();
        foreach (var line in lines)
        {
            var t = line.Trim();
            foreach (var m in new[] { SourceName().Match(t), LedeName().Match(t), CreditName().Match(t), MastheadName().Match(t), AccountName().Match(t) })
            {
                if (m.Success && !names.Contains(m.Groups["name"].Value, StringComparer.Ordinal))
                {
                    names.Add(m.Groups["name"].Value);
                }
            }
        }

        return [.. names];
    }

    /// <summary>The domain named in the page's copyright lines, else the domain of a contact e-mail, else null.</summary>
    public static string? DomainIn(IReadOnlyList<string> chromeLines)
    {
        foreach (var line in chromeLines)
        {
            var m = Domain().Match(line);
            if (m.Success)
            {
                return m.Value.ToLowerInvariant();
            }
        }

        foreach (var line in chromeLines)
        {
            var m = MailDomain().Match(line);
            if (m.Success)
            {
                return m.Groups["domain"].Value.ToLowerInvariant();
            }
        }

        return null;
    }

    /// <summary>"name (domain)", whichever of the two is known, or null.</summary>
    public static string? Describe(string? name, string? domain) => (name, domain) switch
    {
        (null, null) => null,
        (null, _) => domain,
        (_, null) => name,
        _ => $"{name} ({domain})",
    };

    // 来源：中国网地产 2020-01-10 / 来源:某某网
    [GeneratedRegex(@"^[（(【\[]?\s*(?:来源|稿源|文章来源|信息来源)\s*[:：]\s*(?<name>[\p{IsCJKUnifiedIdeographs}A-Za-z]{2,20})")]
    private static partial Regex SourceName();

    [GeneratedRegex(@"^(?<name>[\p{IsCJKUnifiedIdeographs}A-Za-z]{2,12})讯(?:[\s\u3000]+|(?=\d{1,2}月))")]
    private static partial Regex LedeName();

    // 新华日报 2020年4月2日 第3版: the paper names itself in its masthead (the chrome stage has judged the line one).
    [GeneratedRegex(@"^(?<name>[\p{IsCJKUnifiedIdeographs}]{2,10}报)(?=[\s\u3000]*\d)")]
    private static partial Regex MastheadName();

    // 原创 上海发布 2023-05-10: a WeChat account names itself after the originality label.
    [GeneratedRegex(@"^原创[\s\u3000]+(?<name>[\p{IsCJKUnifiedIdeographs}A-Za-z]{2,20})(?=[\s\u3000])")]
    private static partial Regex AccountName();

    // 某某环保整理编辑
    [GeneratedRegex(@"^(?<name>[\p{IsCJKUnifiedIdeographs}A-Za-z]{2,12}?)(?:整理编辑|整理发布|编辑整理)")]
    private static partial Regex CreditName();

    [GeneratedRegex(@"(?<![A-Za-z0-9.@_-])(?:[A-Za-z0-9-]+\.)+(?:com|cn|net|org|gov|edu|info)(?:\.cn)?(?![A-Za-z0-9-])", RegexOptions.IgnoreCase)]
    private static partial Regex Domain();

    [GeneratedRegex(@"@(?<domain>(?:[A-Za-z0-9-]+\.)+(?:com|cn|net|org|gov|edu|info)(?:\.cn)?)", RegexOptions.IgnoreCase)]
    private static partial Regex MailDomain();
}
