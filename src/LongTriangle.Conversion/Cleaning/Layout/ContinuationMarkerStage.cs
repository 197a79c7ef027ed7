using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Layout;

/// <summary>
/// Removes newspaper continuation markers ((上接第五版), （下转第8版）, 转第A3版) left where a printed
/// text was split across pages. Text that follows an "上接" marker before the first heading is the
/// tail of a part the seed does not contain; its first line is recorded in
/// <see cref="TextFacts.LeadingFragmentLine"/> so that the structure stage can mark it as a fragment.
/// </summary>
public sealed partial class ContinuationMarkerStage : ICleaningStage
{
    public WorkingText Apply(WorkingText text)
    {
        var lines = new List<SourceLine>(text.Lines.Length);
        var repairs = new List<Repair>();
        var removed = new List<SourceLine>();
        int? fragmentLine = text.Facts.LeadingFragmentLine;
        var seenHeading = false;
        var fragmentPending = false;

        foreach (var line in text.Lines)
        {
            var matches = MarkerPattern().Matches(line.Text);
            var current = line;
            if (matches.Count > 0)
            {
                var cleaned = MarkerPattern().Replace(line.Text, "").Trim();
                foreach (Match m in matches)
                {
                    repairs.Add(new Repair(RepairKind.ContinuationMarkerRemoved, line.Number, m.Value, "",
                        "continuation marker of a printed page"));
                    if (!seenHeading && m.Groups["from"].Success)
                    {
                        fragmentPending = true;
                    }
                }

                if (cleaned.Length == 0)
                {
                    removed.Add(line);
                    continue;
                }

                current = line with { Text = cleaned };
            }

            if (string.IsNullOrWhiteSpace(current.Text))
            {
                lines.Add(current);
                continue;
            }

            if (LineShape.IsHeading(current.Text))
            {
                seenHeading = true;
                fragmentPending = false;
            }
            else if (fragmentPending)
            {
                fragmentLine ??= current.Number;
                fragmentPending = false;
            }

            lines.Add(current);
        }

        if (repairs.Count == 0)
        {
            return text;
        }

        return text.WithLines(lines).AddRepairs(repairs).AddRemoved(removed) with
        {
            Facts = text.Facts with { LeadingFragmentLine = fragmentLine, TrailingMissing = text.Facts.TrailingMissing ?? TrailingMissing(text) },
        };
    }

    /// <summary>
    /// A marker pointing on (下转第四版) at the very end of the seed: the text stops where the page did, and
    /// the rest of the document is printed elsewhere. Returns what is missing, or null. A marker followed by
    /// more text (the continuation printed right after, 上接第二版) leaves nothing missing.
    /// </summary>
    private static string? TrailingMissing(WorkingText text)
    {
        var last = text.Lines.LastOrDefault(l => !string.IsNullOrWhiteSpace(l.Text));
        if (last is null)
        {
            return null;
        }

        var t = last.Text.Trim();
        var marker = MarkerPattern().Matches(t).LastOrDefault();
        if (marker is null || marker.Groups["from"].Success || marker.Index + marker.Length != t.Length)
        {
            return null;
        }

        return Brackets().Replace(marker.Value, "") + "的内容";
    }

    // (上接第五版) （下转第8版） （转第A3版） （紧接第二版） in brackets, or bare 上接第五版 / 下转第八版;
    // a page-turn note without a number, as documents split over web pages carry it: （接上页） （转下页）;
    // "from" marks markers saying that this text continues something printed earlier.
    [GeneratedRegex(@"[（(]\s*(?:(?<from>上接|紧接|接上|承上|續上|续上)|下转|下轉|转|轉|接|续|續)\s*第?\s*[一二三四五六七八九十百零〇\dA-Za-z]{1,4}\s*[版页頁]\s*[）)]|(?:(?<from>上接)|下转|下轉)\s*第?\s*[一二三四五六七八九十百零〇\dA-Za-z]{1,4}\s*[版页頁]|[（(]\s*(?:(?<from>接上页|续上页|承上页|接上頁|續上頁)|转下页|轉下頁|下接)\s*[）)]")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"[（()）\s]")]
    private static partial Regex Brackets();
}
