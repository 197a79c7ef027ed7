using System.Collections.Immutable;
using System.Text.RegularExpressions;
using LongTriangle.Conversion.Cleaning.Layout;

namespace LongTriangle.Conversion.Cleaning.Chrome;

/// <summary>
/// Says what one line of a scraped page is (footer, source line, contact block …) from its content alone.
/// Where the line stands (top, bottom, body) is for <see cref="ChromeStage"/> to weigh.
/// </summary>
public sealed partial class ChromeClassifier(ChromeCues cues)
{
    private const int ShortLine = 150;

    public ChromeCues Cues { get; } = cues;

    /// <param name="line">The line's text.</param>
    /// <param name="siteNames">Names of the site already recognised in the page (from its source line or lede).</param>
    public ChromeKind Classify(string line, ImmutableArray<string> siteNames)
    {
        var t = line.Trim();
        if (t.Length == 0 || LineShape.IsHeading(t))
        {
            return ChromeKind.None;
        }

        var bare = OpeningBrackets().Replace(t, "");
        var unspaced = Spaces().Replace(bare, "");

        if (IsRelatedListHeading(t))
        {
            return ChromeKind.RelatedList;
        }

        if (t.Length <= ShortLine && (ContainsAny(t, Cues.Footer) || t.Contains('©') || StartsWithLabel(unspaced, Cues.FooterLabels)))
        {
            return ChromeKind.Footer;
        }

        if (IsNavigation(t))
        {
            return ChromeKind.Navigation;
        }

        if (t.Length <= 120 && (StartsWithLabel(unspaced, Cues.SourceLabels) || StartsWithLabel(unspaced, Cues.PageFieldLabels) || IsSpacedFieldRow(t) || ClockTime().IsMatch(t) || PostingDate().IsMatch(t) || NewspaperCitation().IsMatch(t)
            || WeChatByline().IsMatch(t) || IsMasthead(t)))
        {
            return ChromeKind.SourceLine;
        }

        if (IsContact(unspaced))
        {
            return ChromeKind.Contact;
        }

        if (NewsLede().IsMatch(t))
        {
            return ChromeKind.NewsLede;
        }

        if (StartsWithLabel(unspaced, Cues.SummaryLabels))
        {
            return ChromeKind.Summary;
        }

        if (IsIntroduction(t))
        {
            return ChromeKind.Introduction;
        }

        if (siteNames.Any(n => string.Equals(n, t, StringComparison.Ordinal)))
        {
            return ChromeKind.SiteName;
        }

        if (IsSiteDescription(t, siteNames))
        {
            return ChromeKind.SiteDescription;
        }

        if (t.Length <= 12 && !LineShape.HasProsePunctuation(t) && LineShape.HeadingNumber(t) is null)
        {
            return ChromeKind.Fragment;
        }

        return ChromeKind.None;
    }

    /// <summary>The name of the document an introduction line or a news lede announces (……发布《X》,全文如下:), if any.</summary>
    public static string? IntroducedTitle(string line)
    {
        var m = BookTitle().Match(line);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>
    /// A newspaper's masthead line (新华日报 2020年4月2日 第3版 要闻): a date and a page number, nothing of a
    /// sentence. A document never dates and paginates itself on one line; a printed page always does.
    /// </summary>
    private static bool IsMasthead(string t) =>
        t.Length <= 50 && !LineShape.HasProsePunctuation(t) && PrintedDate().IsMatch(t) && PrintedPage().IsMatch(t);

    /// <summary>A line that is only a heading for the page's links to other articles, however decorated (▼往期回顾▼).</summary>
    private bool IsRelatedListHeading(string t)
    {
        if (t.Length > 24)
        {
            return false;
        }

        var word = Decoration().Replace(t, "");
        return Cues.RelatedLists.Any(c => string.Equals(word, c, StringComparison.Ordinal));
    }

    private bool IsIntroduction(string t)
    {
        if (t.Length > 120 || NoticeForwarding().IsMatch(t))
        {
            return false;
        }

        if (ContainsAny(t, Cues.FullTextIntros))
        {
            return true;
        }

        // ……发布《X》: — a page announcing the document it reproduces, ending in a colon.
        return AnnouncesDocument().IsMatch(t) && (t.EndsWith(':') || t.EndsWith('：'));
    }

    private bool IsContact(string unspaced)
    {
        if (unspaced.Length > 80)
        {
            return false;
        }

        foreach (var label in Cues.ContactLabels)
        {
            if (!unspaced.StartsWith(label, StringComparison.OrdinalIgnoreCase) || unspaced.Length <= label.Length)
            {
                continue;
            }

            var rest = unspaced[label.Length..];
            if (rest[0] is ':' or '：' && ContactValue().IsMatch(rest[1..]))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNavigation(string t)
    {
        if (t.Length > 60)
        {
            return false;
        }

        // A breadcrumb: 首页 > 政务公开 > 政策文件, or one step from the home page (首页 > 政策聚焦).
        if (Breadcrumb().Count(t) >= 2 || HomeCrumb().IsMatch(t))
        {
            return true;
        }

        var remaining = t;
        var found = false;
        foreach (var item in Cues.Navigation)
        {
            if (remaining.Contains(item, StringComparison.Ordinal))
            {
                found = true;
                remaining = remaining.Replace(item, "", StringComparison.Ordinal);
            }
        }

        var left = NavigationSeparators().Replace(remaining, "");
        // A menu item under its English label (Regulation政策法规): the label is part of the menu.
        if (left.All(char.IsAsciiLetter)) left = "";
        return found && left.Length * 2 <= t.Length && !LineShape.EndsSentence(t);
    }

    private static bool IsSiteDescription(string t, ImmutableArray<string> siteNames)
    {
        if (t.Length > 100)
        {
            return false;
        }

        var aboutASite = SiteWords().IsMatch(t) || siteNames.Any(n => t.Contains(n, StringComparison.Ordinal));
        return aboutASite && SelfPraise().IsMatch(t);
    }

    /// <summary>
    /// A row of a metadata table copied without its colon, the label and its value apart (索引号 SY-310115-2022-00371,
    /// 发布机构 区政府): short, a page-field label, and a value with no sentence in it.
    /// </summary>
    private bool IsSpacedFieldRow(string t) => SpacedFieldRow(t, Cues.PageFieldLabels) is not null
        // A row of the table's labels whose values the copy lost (内容概述 / 体裁分类 生命周期分类).
        || Cues.PageFieldLabels.Any(l => LabelEnd(t, l) is { } end && (end == t.Length || SpacedFieldRow(t[end..].Trim(), Cues.PageFieldLabels) is not null || Cues.PageFieldLabels.Any(m => LabelEnd(t[end..].Trim(), m) == t[end..].Trim().Length)))
        || SpacedFieldRow(t, Cues.SourceLabels) is { Value.Length: <= 30 } row && row.Value.Any(char.IsDigit);

    /// <summary>The label and value of a metadata row copied without its colon, or null.</summary>
    internal static (string Label, string Value)? SpacedFieldRow(string t, ImmutableArray<string> labels)
    {
        if (t.Length > 60) return null;
        foreach (var label in labels)
        {
            // The label may be letter-spaced as table cells are (索 引 号).
            var end = LabelEnd(t, label);
            if (end is not { } at || at >= t.Length || !char.IsWhiteSpace(t[at])) continue;
            var value = t[at..].Trim();
            if (value.Length == 0 || value.AsSpan().IndexOfAny("，。；！？,;!?") >= 0) return null;
            return (label, value);
        }
        return null;
    }

    /// <summary>Where <paramref name="label"/> ends at the start of <paramref name="t"/>, spaces between its characters allowed; or null.</summary>
    private static int? LabelEnd(string t, string label)
    {
        var i = 0;
        for (var k = 0; k < label.Length; k++)
        {
            if (k > 0) while (i < t.Length && t[i] is ' ' or '\u3000') i++;
            if (i >= t.Length || t[i] != label[k]) return null;
            i++;
        }
        return i;
    }

    private static bool StartsWithLabel(string unspaced, ImmutableArray<string> labels)
    {
        foreach (var label in labels)
        {
            if (unspaced.Length > label.Length
                && unspaced.StartsWith(label, StringComparison.OrdinalIgnoreCase)
                && unspaced[label.Length] is ':' or '：' or '】' or ']')
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string t, ImmutableArray<string> cues) =>
        cues.Any(c => t.Contains(c, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\s*[>»›＞]\s*")]
    private static partial Regex Breadcrumb();


    [GeneratedRegex(@"^(首页|主页|网站首页|当前位置[:：]?\s*首页)\s*[>»›＞]")]
    private static partial Regex HomeCrumb();

    [GeneratedRegex(@"^[（(【\[〔]+")]
    private static partial Regex OpeningBrackets();

    [GeneratedRegex(@"[\s\u00A0\u3000]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\s\u00A0\u3000|｜丨·•/、，,]+")]
    private static partial Regex NavigationSeparators();

    // A clock time next to a date: pages stamp their articles, documents do not.
    [GeneratedRegex(@"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}[:：]\d{2}")]
    private static partial Regex ClockTime();

    // A date alone in a website's numeric form (2019-12-05): the posting date. A document dates itself 2019年12月5日.
    [GeneratedRegex(@"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")]
    private static partial Regex PostingDate();

    // Where a copy was printed: 人民日报》( 2019年12月02日01版) / 《解放日报》2020年1月1日 第3版, a short line.
    [GeneratedRegex(@"^.{0,20}[（(]?\s*\d{4}年\d{1,2}月\d{1,2}日\s*第?\s*\d{1,2}\s*版\s*[）)]?$")]
    private static partial Regex NewspaperCitation();

    // WeChat's byline: 原创 上海发布 2023-05-10 08:30 (the originality label, the account, the date).
    [GeneratedRegex(@"^原创[\s\u3000]+\S.{0,40}?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")]
    private static partial Regex WeChatByline();

    [GeneratedRegex(@"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")]
    private static partial Regex PrintedDate();

    // 第3版, 第A3版, 第二版: the page of a newspaper.
    [GeneratedRegex(@"第\s*[A-Za-z]?[\d一二三四五六七八九十]{1,3}\s*版")]
    private static partial Regex PrintedPage();

    // What decorates a heading of a link list: arrows, bullets, brackets, rules, a trailing colon.
    [GeneratedRegex(@"[\s\u3000▼▲▽△▶►◀◄■●○◆◇★☆→←↓↑|｜丨【】\[\]<>〈〉「」“”""'—\-_:：·•]+")]
    private static partial Regex Decoration();

    // 中国网地产讯 1月10日 / 本报讯（记者…） / 新华社北京1月10日电
    [GeneratedRegex(@"^(?:[\p{IsCJKUnifiedIdeographs}A-Za-z]{2,12}讯(?:[\s\u3000]+|(?=\d{1,2}月)|(?=[（(]))|[\p{IsCJKUnifiedIdeographs}]{2,10}(?:社|网|报|台)[\p{IsCJKUnifiedIdeographs}]{0,6}\d{1,2}月\d{1,2}日电)")]
    private static partial Regex NewsLede();

    // What follows a contact label: a number, an address or an e-mail address.
    [GeneratedRegex(@"\d{3,}|@|[\p{IsCJKUnifiedIdeographs}]{2,}(?:路|街|道|号|大厦|园|室|层|座)")]
    private static partial Regex ContactValue();

    [GeneratedRegex(@"(?:发布|印发|出台|公布|下发|转发|发出|全文)了?《[^》]{4,}》")]
    private static partial Regex AnnouncesDocument();

    // The notice's own forwarding sentence (现将《…》印发给你们，请认真贯彻执行) is the document, not chrome.
    [GeneratedRegex(@"给你们|请认真|请结合|遵照执行|贯彻执行|贯彻落实")]
    private static partial Regex NoticeForwarding();

    [GeneratedRegex(@"《([^》]{2,})》")]
    private static partial Regex BookTitle();

    [GeneratedRegex(@"网站|频道|门户|新闻网|平台")]
    private static partial Regex SiteWords();

    [GeneratedRegex(@"旗下|主办|官方|权威|致力于|是国内|是全国|专业的")]
    private static partial Regex SelfPraise();
}
