using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Layout;

/// <summary>
/// Removes what a printed or PDF page puts around the text, wherever a page ended: page numbers
/// (— 12 —, - 12 -, 第12页, 12 / 30), the running header that repeats the document's title at the top of
/// the next page, and a page number that text extraction glued to the end or start of a line
/// (建立开放共享的— 13 —), and a page number that landed inside a sentence: alone on a line between the two
/// halves of a sentence, or inside a line between two words (一体 4 化, 黄千 — 5 — 高速, 第 3 页 共 20 页).
/// Taking them out lets the line-rejoin stage mend the sentence the page
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

            // A number alone between the two halves of a sentence: the page broke there (…一体 / 4 / 化发展…).
            if (BareNumber().IsMatch(t) && Neighbour(i, -1) is { } cut && CutShort(lines[cut].Text)
                && Neighbour(i, +1) is { } goesOn && GoesOn(lines[goesOn].Text))
            {
                Remove(line, "page number of a printed page, between the two halves of a sentence");
                continue;
            }

            if (GluedPageNumber(line.Text) is { } glued)
            {
                repairs.Add(new Repair(RepairKind.ChromeRemoved, line.Number, glued.Value, "", "page number of a printed page glued to the line"));
                line = line with { Text = line.Text.Remove(glued.Index, glued.Length) };
            }

            // Inside a line: a page number the extraction put between two words (一体 4 化, 黄千 — 5 — 高速, …第 3 页 共 20 页…).
            foreach (var inside in new[] { DashedInside(), PageOfPagesInside(), SpacedNumberInside() })
            {
                var m = inside.Match(line.Text);
                while (m.Success)
                {
                    repairs.Add(new Repair(RepairKind.ChromeRemoved, line.Number, m.Value, "", "page number of a printed page inside the line"));
                    line = line with { Text = line.Text.Remove(m.Index, m.Length) };
                    m = inside.Match(line.Text, m.Index);
                }
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

    /// <summary>A line of prose that stops inside a sentence, a word cut in two.</summary>
    private static bool CutShort(string line)
    {
        var t = line.TrimEnd();
        return t.Length >= 10 && LineShape.HasProsePunctuation(t) && !LineShape.EndsSentence(t) && LineShape.IsHan(t[^1]);
    }

    /// <summary>A line that carries on a sentence: it opens with Han text or a pause, not with a heading's number.</summary>
    private static bool GoesOn(string line)
    {
        var t = line.TrimStart();
        return t.Length > 0 && (LineShape.IsHan(t[0]) || "，、；）》”".Contains(t[0])) && LineShape.HeadingNumber(t) is null;
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

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex BareNumber();

    // — 5 — between two Han characters: the dashes leave no doubt.
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})\s*[—–－]{1,2}\s*\d{1,4}\s*[—–－]{1,2}\s*(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex DashedInside();

    // 第 3 页 共 20 页 (or 共20页第3页) anywhere: no sentence says that.
    [GeneratedRegex(@"\s*(第\s*\d{1,4}\s*页\s*[，,/]?\s*共\s*\d{1,4}\s*页|共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*\d{1,4}\s*页)\s*")]
    private static partial Regex PageOfPagesInside();

    // A number set apart by spaces between two Han characters, where no quantity can be: not after 第 (an ordinal)
    // and not before a unit, measure word or range word (到 2025 年, 建成 10 个, 1 至 3 年 stay).
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})(?<![第前约近超达共每逾满])[ \u00A0\u3000]+\d{1,3}[ \u00A0\u3000]+(?=\p{IsCJKUnifiedIdeographs})(?![个年月日时分秒号项家万亿千百十元倍名条次人户所座处种类批期届级米里吨度岁天周套台辆艘架件层栋部篇章节款段字位点份股成折亩平公克只头册本张大小余多以至到比和与或及型轮季寸斤两升场支枚团队间组])")]
    private static partial Regex SpacedNumberInside();
}
