using System.Text;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Structure;

namespace LongTriangle.Conversion.Cleaning.Layout;

/// <summary>
/// Splits a page whose paragraphs a scraper ran together into one long line. Two kinds of evidence
/// show where a paragraph began: the paragraph indent (two ideographic spaces, 　　), and a space
/// before a number of the genre (一、 （一） 1.) after a finished sentence or after a numbered heading,
/// and a space after the title the line opens with or after a numbered heading.
/// Only long lines that hold several such places are split; a paragraph that merely contains one
/// indent or one spaced number is left as it is.
/// </summary>
public sealed partial class CollapsedLinesStage : ICleaningStage
{
    /// <summary>A paragraph of policy prose is rarely this long with paragraph breaks inside it.</summary>
    private const int LongLine = 120;

    /// <summary>At least this many pieces: two would be an ordinary paragraph with a stray indent.</summary>
    private const int FewestPieces = 3;

    public WorkingText Apply(WorkingText text)
    {
        var lines = new List<SourceLine>(text.Lines.Length);
        var repairs = new List<Repair>();
        foreach (var line in text.Lines)
        {
            var pieces = line.Text.Length >= LongLine ? Pieces(line.Text) : [line.Text];
            if (pieces.Count < FewestPieces)
            {
                lines.Add(line);
                continue;
            }

            lines.AddRange(pieces.Select(p => line with { Text = p }));
            repairs.Add(new Repair(RepairKind.LineSplit, line.Number, $"{line.Text.Length} characters on one line",
                $"{pieces.Count} paragraphs", "paragraphs run together on one line, split at their indents and numbers"));
        }

        return repairs.Count == 0 ? text : text.WithLines(lines).AddRepairs(repairs);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{1,12}\s*[〔\[［(（【]\d{4}[〕\]］)）】]\s*\d{1,4}\s*号|\d{4}-\d{1,2}-\d{1,2})$")]
    private static partial System.Text.RegularExpressions.Regex RunInMetadata();

    private static List<string> Pieces(string line)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        var i = 0;
        while (i < line.Length)
        {
            var spaces = 0;
            while (i + spaces < line.Length && line[i + spaces] is ' ' or '\u3000') spaces++;
            if (spaces == 0)
            {
                current.Append(line[i++]);
                continue;
            }

            var rest = line[(i + spaces)..];
            var before = current.ToString().TrimEnd();
            var indent = line.AsSpan(i, spaces).Count('\u3000') >= 2;
            var numberedAfterBreak = LineShape.HeadingNumber(rest) is not null
                && before.Length > 0 && (LineShape.EndsSentence(before) || LineShape.IsHeading(before));
            // The page's title, run into its first paragraph (…2023年工作要点 2023年是…).
            var titleFirst = pieces.Count == 0 && LineShape.IsTitleLike(before) && DocumentType.FromTitle(before) != DocumentType.Unknown;
            // A numbered heading, then its first paragraph (二、推进基础设施互联互通 加快…).
            var afterHeading = LineShape.IsHeading(before);
            // The document number or the page's date, run in after the title (…实施意见 浙政发[2009]69号 2009-11-03 为贯彻…).
            var afterMetadata = pieces.Count > 0 && RunInMetadata().IsMatch(before);
            if ((indent || numberedAfterBreak || titleFirst || afterHeading || afterMetadata) && before.Length > 0 && rest.Trim().Length > 0)
            {
                pieces.Add(before);
                current.Clear();
            }
            else
            {
                current.Append(line, i, spaces);
            }
            i += spaces;
        }

        if (current.ToString().Trim().Length > 0) pieces.Add(current.ToString().Trim());
        return pieces;
    }
}
