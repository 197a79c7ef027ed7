using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Layout;

/// <summary>
/// Removes what a printed or PDF page puts around the text, wherever a page ended: page numbers
/// (— 12 —, - 12 -, 第12页, 12 / 30), the running header that repeats the document's title at the top of
/// the next page, and a page number that text extraction glued to the end or start of a line
/// (建立开放共享的— 13 —). Taking them out lets the line-rejoin stage mend the sentence the page
/// break cut. Every removal is recorded: whole lines in the removed lines, glued numbers as repairs.
/// </summary>
public sealed partial class PageFurnitureStage : ICleaningStage
{
    public WorkingText Apply(WorkingText text)
    {
        var lines = text.Lines;
        var isPageNumber = lines.Select(l => PageNumberLine().IsMatch(l.Text.Trim()) || GluedPageNumber(l.Text) is not null).ToArray();
        var title = TitleIndex(text);

        var output = new List<SourceLine>(lines.Length);
        var removed = new List<SourceLine>();
        var repairs = new List<Repair>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var t = line.Text.Trim();
            if (PageNumberLine().IsMatch(t))
            {
                Remove(line, "page number of a printed page");
                continue;
            }

            // Only beside a page break: the title may stand again on its own as the heading of an
            // attached plan, and that is the document's text.
            if (title is { } ti && i > ti && SameText(t, lines[ti].Text) && NextToPageNumber(i))
            {
                Remove(line, "running header of a printed page (repeats the title)");
                continue;
            }

            if (GluedPageNumber(line.Text) is { } glued)
            {
                repairs.Add(new Repair(RepairKind.ChromeRemoved, line.Number, glued.Value, "", "page number of a printed page glued to the line"));
                line = line with { Text = line.Text.Remove(glued.Index, glued.Length) };
            }

            output.Add(line);
        }

        return repairs.Count == 0 ? text : text.WithLines(output).AddRepairs(repairs).AddRemoved(removed);

        void Remove(SourceLine line, string note)
        {
            removed.Add(line);
            repairs.Add(new Repair(RepairKind.ChromeRemoved, line.Number, line.Text, "", note));
        }

        bool NextToPageNumber(int i) => Neighbour(i, -1) is { } before && isPageNumber[before]
            || Neighbour(i, +1) is { } after && isPageNumber[after];

        int? Neighbour(int i, int step)
        {
            for (var j = i + step; j >= 0 && j < lines.Length; j += step)
            {
                if (!string.IsNullOrWhiteSpace(lines[j].Text))
                {
                    return j;
                }
            }

            return null;
        }
    }

    /// <summary>The document's title: its first line, when that line looks like a title.</summary>
    private static int? TitleIndex(WorkingText text)
    {
        for (var i = 0; i < text.Lines.Length; i++)
        {
            var t = text.Lines[i].Text;
            if (string.IsNullOrWhiteSpace(t))
            {
                continue;
            }

            return LineShape.IsTitleLike(t) && !LineShape.IsHeading(t) && LineShape.HanCount(t) >= 4 ? i : null;
        }

        return null;
    }

    private static bool SameText(string a, string b) =>
        string.Equals(Spaces().Replace(a, ""), Spaces().Replace(b, ""), StringComparison.Ordinal);

    /// <summary>A dashed page number glued to the end (or start) of a line of Han text, or null.</summary>
    private static Match? GluedPageNumber(string line)
    {
        var end = GluedAtEnd().Match(line);
        if (end.Success)
        {
            return end;
        }

        var start = GluedAtStart().Match(line);
        return start.Success ? start : null;
    }

    // — 12 —, - 12 -, －12－, 第12页, 第 12 页 共 30 页, 共30页 第12页, 12 / 30, Page 12 of 30: a line that is
    // nothing but a page number. A bare number is not taken: it may be a table's cell.
    [GeneratedRegex(@"^(?:[—–－\-~～]{1,2}\s*\d{1,4}\s*[—–－\-~～]{1,2}|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*\d{1,4}\s*页|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$")]
    private static partial Regex PageNumberLine();

    // Only the dashed form is glued in practice, and only it is unmistakable after Han text.
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}，、])\s*[—–－\-]{1,2}\s*\d{1,4}\s*[—–－\-]{1,2}\s*$")]
    private static partial Regex GluedAtEnd();

    [GeneratedRegex(@"^\s*[—–－\-]{1,2}\s*\d{1,4}\s*[—–－\-]{1,2}\s*(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex GluedAtStart();

    [GeneratedRegex(@"[\s\u00A0\u3000]+")]
    private static partial Regex Spaces();
}
