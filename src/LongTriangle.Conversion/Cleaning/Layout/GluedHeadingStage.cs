using System.Collections.Immutable;
using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Reading;
using LongTriangle.Conversion.Structure;

namespace LongTriangle.Conversion.Cleaning.Layout;

/// <summary>
/// Puts back on lines of their own the title and headings a PDF's text extraction ran into a paragraph,
/// with no space to show the join (the collapsed-lines stage splits at spaces and indents):
/// <list type="bullet">
/// <item>a heading number straight after a finished sentence (…作出贡献。二、重点任务 / …。（三）推进…): in the
/// genre a sentence never starts with 二、 or （三）, and an article (第三条) or chapter (第二章) never
/// follows a full stop on the same line;</item>
/// <item>a numbered heading run into its first sentence (一、总体要求以习近平…), split after the heading's
/// title when that is one of the genre's heading titles (Data/heading-titles.txt);</item>
/// <item>the document's title run into its first sentence on the first line (…三年行动计划为贯彻落实…), split
/// after the document type that ends the title when the sentence opens as a preamble opens (为, 根据, 按照 …).</item>
/// </list>
/// </summary>
public sealed partial class GluedHeadingStage : ICleaningStage
{
    private static readonly Lazy<ImmutableArray<string>> HeadingTitles = new(() =>
        [.. EmbeddedData.ReadLines("heading-titles.txt").Select(l => l.Trim()).Where(l => l.Length > 0).OrderByDescending(l => l.Length)]);

    /// <summary>A title is at most this long.</summary>
    private const int LongestTitle = 60;

    public string Name => "glued-headings";

    public WorkingText Apply(WorkingText text)
    {
        var output = new List<SourceLine>(text.Lines.Length);
        var repairs = new List<Repair>();
        var first = text.Lines.Select((l, i) => (l, i)).FirstOrDefault(x => !string.IsNullOrWhiteSpace(x.l.Text)).i;
        for (var i = 0; i < text.Lines.Length; i++)
        {
            var line = text.Lines[i];
            var pieces = new List<string>();
            var rest = line.Text;
            if (i == first && TitleEnd(rest) is { } titleEnd)
            {
                pieces.Add(rest[..titleEnd]);
                rest = rest[titleEnd..];
            }
            foreach (var part in AfterSentenceEnd().Split(rest))
            {
                if (part.Length == 0) continue;
                if (HeadingTitleEnd(part) is { } headingEnd)
                {
                    pieces.Add(part[..headingEnd]);
                    pieces.Add(part[headingEnd..]);
                }
                else pieces.Add(part);
            }
            if (pieces.Count <= 1)
            {
                output.Add(line);
                continue;
            }
            output.AddRange(pieces.Select(p => line with { Text = p }));
            repairs.Add(new Repair(RepairKind.LineSplit, line.Number, line.Text, string.Join("\n", pieces),
                "a title or heading run into a paragraph by the PDF's text extraction, put on a line of its own"));
        }
        return repairs.Count == 0 ? text : text.WithLines(output).AddRepairs(repairs);
    }

    /// <summary>Where the document's title ends when the first line runs it into a preamble, or null.</summary>
    private static int? TitleEnd(string line)
    {
        var t = line.TrimEnd();
        if (t.Length <= LongestTitle || !LineShape.HasProsePunctuation(t)) return null;
        for (var end = 6; end <= LongestTitle && end < t.Length; end++)
        {
            var head = t[..end];
            if (LineShape.HasProsePunctuation(head)) return null;
            if (DocumentType.FromTitle(head) != DocumentType.Unknown && PreambleOpening().IsMatch(t[end..])) return end;
        }
        return null;
    }

    /// <summary>Where a numbered heading's title ends when its first sentence follows on the same line, or null.</summary>
    private static int? HeadingTitleEnd(string line)
    {
        if (LineShape.IsHeading(line) || HeadingNumber().Match(line) is not { Success: true } number) return null;
        var after = line[number.Length..];
        foreach (var title in HeadingTitles.Value)
        {
            if (!after.StartsWith(title, StringComparison.Ordinal)) continue;
            var sentence = after[title.Length..];
            // 二、重点任务（一）推进…: the next heading's number follows the title.
            if (HeadingNumber().IsMatch(sentence)) return number.Length + title.Length;
            return sentence.Length >= 10 && (LineShape.IsHan(sentence[0]) || sentence[0] is '“' or '《')
                && LineShape.HasProsePunctuation(sentence) ? number.Length + title.Length : null;
        }
        return null;
    }

    // Split after a full stop that a heading number follows: 一、 （一） 第三章 / 第三条 (then a space).
    [GeneratedRegex(@"(?<=。)(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十百零〇两\d]{1,5}[章条][\s\u3000])")]
    private static partial Regex AfterSentenceEnd();

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")]
    private static partial Regex HeadingNumber();

    // How a preamble opens: 为贯彻落实… / 根据… / 按照… / 经…同意 / 近年来 / 现就… / 各区人民政府：
    [GeneratedRegex(@"^(为|根据|按照|依据|经|近年来|现就|现将|各[\p{IsCJKUnifiedIdeographs}（）、]{1,30}[：:])")]
    private static partial Regex PreambleOpening();
}
