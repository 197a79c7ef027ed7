using System.Net;
using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Markup;

/// <summary>
/// Undoes what a careless scraper leaves of the page's HTML in the text: character references
/// (<c>&amp;ldquo;一体化&amp;rdquo;</c>, <c>&amp;nbsp;</c>, <c>&amp;#8220;</c>, also escaped twice) become the characters
/// they stand for, and tags of HTML's own vocabulary are taken out, a block or line break tag
/// (<c>&lt;br&gt;</c>, <c>&lt;/p&gt;</c>) starting a new line. Only HTML's text-formatting tags count, so
/// that no text in angle brackets is lost; a tag that could act (an image, a link, a script, an event
/// handler or a javascript: address) is not residue but hostile text, and stays visible as text.
/// Runs first: every later stage judges the characters a reader would see.
/// </summary>
public sealed partial class HtmlResidueStage : ICleaningStage
{
    /// <summary>A reference escaped more than this many times is left as it stands.</summary>
    private const int MostDecodings = 3;

    public WorkingText Apply(WorkingText text)
    {
        var lines = new List<SourceLine>(text.Lines.Length);
        var repairs = new List<Repair>();
        foreach (var line in text.Lines)
        {
            var cleaned = Clean(line.Text);
            if (cleaned == line.Text)
            {
                lines.Add(line);
                continue;
            }

            repairs.Add(new Repair(RepairKind.MarkupRemoved, line.Number, line.Text, cleaned.Replace('\n', ' '), "HTML left in the scraped text"));
            foreach (var part in cleaned.Split('\n'))
            {
                if (part.Trim().Length > 0) lines.Add(line with { Text = part });
            }
        }

        return repairs.Count == 0 ? text : text.WithLines(lines).AddRepairs(repairs);
    }

    private static string Clean(string text)
    {
        var result = text;
        // A line with a tag that could act is hostile, not residue: all of its tags stay, visible.
        if (result.Contains('<') && !ActiveAttribute().IsMatch(result))
        {
            result = BreakTag().Replace(result, "\n");
            result = InlineTag().Replace(result, "");
        }

        if (!Reference().IsMatch(result))
        {
            return result;
        }

        for (var i = 0; i < MostDecodings && Reference().IsMatch(result); i++)
        {
            result = WebUtility.HtmlDecode(result);
        }

        // &nbsp; was the page's layout; Chinese text has no use for a non-breaking space.
        return result.Replace('\u00A0', ' ');
    }

    // A tag is its name, then attributes shaped like HTML's (name, or name=value), so that "a<b 与 b>c" stays text.
    private const string Attributes = @"(\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(\s*=\s*(""[^""<>]*""|'[^'<>]*'|[^\s""'<>=`]+))?)*\s*/?\s*>";

    [GeneratedRegex(@"<\s*/?\s*(br|p|div|li|tr|h[1-6]|section|article|table|tbody|ul|ol|blockquote|hr)" + Attributes, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BreakTag();

    [GeneratedRegex(@"<\s*/?\s*(span|strong|b|i|em|font|u|sup|sub|td|th|small|big|center|label|o:p)" + Attributes, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"\bon[a-z]+\s*=|javascript:|data:|\bsrc\s*=|\bhref\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActiveAttribute();

    [GeneratedRegex(@"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
