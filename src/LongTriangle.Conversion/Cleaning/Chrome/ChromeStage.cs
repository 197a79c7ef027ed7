using System.Collections.Immutable;
using LongTriangle.Conversion.Cleaning.Layout;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Chrome;

/// <summary>
/// Removes the website around the document: what the page put before the document starts (source lines,
/// ledes, contact blocks, "以下为全文" introductions) and after it ends (editors, copyright, registration
/// numbers, navigation, a title card repeating the lede). Lines are judged by what they are
/// (<see cref="ChromeClassifier"/>); only the page's top and bottom are touched, so a paragraph that
/// mentions 电话 in the body stays. Also strips a site name glued to the title line and records the site.
/// Titles and notice headers (addressees, 现将《…》印发给你们, issuer, date) are the document's, and stay.
/// </summary>
public sealed partial class ChromeStage(ChromeCues cues) : ICleaningStage
{
    /// <summary>Lines repeating at least this share of the rest of the page are a lede or title card.</summary>
    private const double RepeatThreshold = 0.6;

    /// <summary>An introduction further down than this many non-blank lines is not the page's own.</summary>
    private const int IntroductionReach = 15;

    private readonly ChromeClassifier classifier = new(cues);
    private readonly PageFieldReader fieldReader = new(cues);

    public ChromeStage()
        : this(ChromeCues.Embedded)
    {
    }

    public WorkingText Apply(WorkingText text)
    {
        var lines = text.Lines;
        var texts = lines.Select(l => l.Text).ToList();
        // The site names itself only in its own lines (来源：…, …讯, …整理编辑); knowing the name, lines that
        // merely repeat it are recognised in a second pass.
        var firstPass = texts.Select(t => classifier.Classify(t, [])).ToArray();
        var siteNames = SiteIdentity.NamesIn(texts.Where((_, i) => firstPass[i] is ChromeKind.SourceLine or ChromeKind.NewsLede or ChromeKind.Footer));
        var kinds = siteNames.IsEmpty ? firstPass : [.. texts.Select(t => classifier.Classify(t, siteNames))];
        MarkRelatedLinks(texts, kinds);
        var overlap = new TextOverlap(texts);
        var remove = new ChromeKind[lines.Length];

        var bodyStart = MarkTop(texts, kinds, remove);
        MarkBottom(texts, kinds, overlap, remove, bodyStart);

        var repairs = new List<Repair>();
        var removed = new List<SourceLine>();
        var kept = new List<SourceLine>();
        var topTitles = new List<string>();
        var fields = new List<PageField>();
        string? titleFromChrome = null;
        string? glued = null;
        string? introducedTitle = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (remove[i] != ChromeKind.None)
            {
                if (!string.IsNullOrWhiteSpace(line.Text))
                {
                    removed.Add(line);
                    repairs.Add(new Repair(RepairKind.ChromeRemoved, line.Number, line.Text, "", remove[i].Describe()));
                    // A news agency's lede reports the document it publishes (……印发了《X》……主要内容如下).
                    introducedTitle ??= remove[i] == ChromeKind.Introduction || (remove[i] == ChromeKind.NewsLede && Publishes().IsMatch(line.Text))
                        ? ChromeClassifier.IntroducedTitle(line.Text) : null;
                    if (remove[i] == ChromeKind.SourceLine)
                    {
                        fields.AddRange(fieldReader.Read(line));
                    }
                }

                continue;
            }

            if (i < bodyStart && LineShape.IsTitleLike(line.Text))
            {
                if (glued is null && TitleTail.Split(line.Text, cues) is var (title, site))
                {
                    glued = site;
                    titleFromChrome = title;
                    repairs.Add(new Repair(RepairKind.TitleCleaned, line.Number, line.Text, title, $"website name “{site}” glued to the title"));
                    line = line with { Text = title };
                }

                topTitles.Add(line.Text.Trim());
            }

            kept.Add(line);
        }

        if (repairs.Count == 0)
        {
            return text;
        }

        // A title card at the bottom of the page repeating a title line at the top confirms that title.
        titleFromChrome ??= topTitles.FirstOrDefault(t => removed.Any(r => string.Equals(r.Text.Trim(), t, StringComparison.Ordinal)));
        var facts = text.Facts with
        {
            SourceWebsite = text.Facts.SourceWebsite
                ?? SiteIdentity.Describe(siteNames.FirstOrDefault() ?? glued, SiteIdentity.DomainIn([.. removed.Select(l => l.Text)])),
            TitleFromChrome = text.Facts.TitleFromChrome ?? titleFromChrome,
            IntroducedTitle = text.Facts.IntroducedTitle ?? introducedTitle,
            PageFields = text.Facts.PageFields.AddRange(fields),
        };

        return text.WithLines(kept).AddRepairs(repairs).AddRemoved(removed) with { Facts = facts };
    }

    /// <summary>
    /// Marks the page's chrome before the document and returns where the document's body starts.
    /// Before a "以下为全文" introduction everything but title-like lines is the page's; after it, and
    /// without one, strong chrome is removed until the first line of the document's prose.
    /// </summary>
    private int MarkTop(List<string> texts, ChromeKind[] kinds, ChromeKind[] remove)
    {
        var introduction = -1;
        var nonBlank = 0;
        for (var i = 0; i < texts.Count && nonBlank < IntroductionReach; i++)
        {
            if (string.IsNullOrWhiteSpace(texts[i]))
            {
                continue;
            }

            if (LineShape.IsHeading(texts[i]))
            {
                break;
            }

            nonBlank++;
            if (kinds[i] == ChromeKind.Introduction)
            {
                introduction = i;
            }
        }

        for (var i = 0; i < introduction; i++)
        {
            if (kinds[i].IsStrong() || kinds[i] == ChromeKind.SiteName || !(string.IsNullOrWhiteSpace(texts[i]) || LineShape.IsTitleLike(texts[i])))
            {
                remove[i] = kinds[i] == ChromeKind.None ? ChromeKind.Preamble : kinds[i];
            }
        }

        // A page often prints its title twice (the window title with the site name, then the heading).
        var titles = new HashSet<string>(StringComparer.Ordinal);
        var start = Math.Max(0, introduction);
        for (var i = start; i < texts.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(texts[i]))
            {
                continue;
            }

            if (kinds[i].IsStrong() || kinds[i] == ChromeKind.SiteName)
            {
                remove[i] = kinds[i];
                continue;
            }

            if (IsHeadline(texts, kinds, i))
            {
                remove[i] = ChromeKind.Headline;
                continue;
            }

            if (LineShape.IsTitleLike(texts[i]) && !LineShape.IsHeading(texts[i]))
            {
                var title = (TitleTail.Split(texts[i], cues)?.Title ?? texts[i]).Trim();
                if (!titles.Add(title))
                {
                    remove[i] = ChromeKind.Repeated;
                }

                continue;
            }

            return i;
        }

        return texts.Count;
    }

    /// <summary>
    /// A news or WeChat article's own headline (重磅！……方案来了): a short line that is no sentence of the
    /// document, directly above the article's byline, before the document has begun. A title-like line
    /// there may be the document's title and is left to the title logic.
    /// </summary>
    private static bool IsHeadline(List<string> texts, ChromeKind[] kinds, int i)
    {
        var t = texts[i].Trim();
        if (t.Length > 64 || LineShape.IsTitleLike(t) || LineShape.IsHeading(t) || t.AsSpan().IndexOfAny("。；;") >= 0)
        {
            return false;
        }

        var next = i + 1;
        while (next < texts.Count && string.IsNullOrWhiteSpace(texts[next]))
        {
            next++;
        }

        return next < texts.Count && kinds[next] == ChromeKind.SourceLine;
    }

    /// <summary>
    /// Under a heading of the page's links to its other articles (▼往期回顾▼), the title-like lines that
    /// follow are those links. They are marked weak: they go only with the rest of the page's end.
    /// </summary>
    private static void MarkRelatedLinks(List<string> texts, ChromeKind[] kinds)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            if (kinds[i] != ChromeKind.RelatedList)
            {
                continue;
            }

            for (var j = i + 1; j < texts.Count; j++)
            {
                if (string.IsNullOrWhiteSpace(texts[j]) || kinds[j] != ChromeKind.None)
                {
                    continue;
                }

                if (!LineShape.IsTitleLike(texts[j]) || LineShape.IsHeading(texts[j]))
                {
                    break;
                }

                kinds[j] = ChromeKind.RelatedLink;
            }
        }
    }

    /// <summary>
    /// Marks the page's chrome after the document: the longest run at the end made only of chrome,
    /// starting at its first strong line (so an issuer or date just before an editor's line stays).
    /// </summary>
    private static void MarkBottom(List<string> texts, ChromeKind[] kinds, TextOverlap overlap, ChromeKind[] remove, int bodyStart)
    {
        var firstStrong = -1;
        for (var i = texts.Count - 1; i >= bodyStart; i--)
        {
            if (string.IsNullOrWhiteSpace(texts[i]))
            {
                continue;
            }

            var kind = kinds[i];
            if (kind == ChromeKind.None && overlap.RepeatedShare(texts[i]) >= RepeatThreshold)
            {
                kind = kinds[i] = ChromeKind.Repeated;
            }

            if (kind == ChromeKind.None)
            {
                break;
            }

            if (kind.IsStrong())
            {
                firstStrong = i;
            }
        }

        for (var i = firstStrong; i >= 0 && i < texts.Count; i++)
        {
            remove[i] = string.IsNullOrWhiteSpace(texts[i]) ? ChromeKind.Fragment : kinds[i];
        }
    }

    /// <summary>A lede that reports a document's publication: 印发了《X》, 发布《X》.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(印发|发布|公布)了?《")]
    private static partial System.Text.RegularExpressions.Regex Publishes();
}
