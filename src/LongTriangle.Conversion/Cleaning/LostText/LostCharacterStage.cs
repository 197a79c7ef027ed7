using System.Text;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Conversion.Cleaning.LostText;

/// <summary>
/// Marks characters the seed lost: U+FFFD anywhere, and "?" standing inside Chinese text (a run of
/// them followed by Chinese), become □, one <see cref="RepairKind.LostCharacter"/> repair each with its
/// context. A "?" after a question particle (吗, 呢 …) or in Latin text is a question mark and stays.
/// Runs after <see cref="MojibakeRepairStage"/>, which recovers what the bytes still allow.
/// </summary>
public sealed class LostCharacterStage : ICleaningStage
{
    public const char Mark = '□';
    private const int ContextLength = 6;
    private const string QuestionParticles = "吗呢么嘛吧乎耶";

    public WorkingText Apply(WorkingText text)
    {
        var lines = new List<SourceLine>(text.Lines.Length);
        var repairs = new List<Repair>();
        foreach (var line in text.Lines)
        {
            var chars = line.Text.ToCharArray();
            var lost = new List<int>();
            var i = 0;
            while (i < chars.Length)
            {
                if (chars[i] is not ('?' or '\uFFFD'))
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < chars.Length && chars[end] is '?' or '\uFFFD')
                {
                    end++;
                }

                for (var k = i; k < end; k++)
                {
                    if (chars[k] == '\uFFFD' || IsInsideChinese(line.Text, i, end))
                    {
                        lost.Add(k);
                    }
                }

                i = end;
            }

            foreach (var k in lost)
            {
                chars[k] = Mark;
            }

            var marked = new string(chars);
            repairs.AddRange(lost.Select(k => new Repair(
                RepairKind.LostCharacter, line.Number, line.Text[k].ToString(), Mark.ToString(), "lost character in “" + Context(marked, k) + "”")));
            lines.Add(line with { Text = marked });
        }

        return text.WithLines(lines).AddRepairs(repairs);
    }

    private static bool IsInsideChinese(string line, int start, int end)
    {
        var before = start > 0 ? line[start - 1] : '\0';
        var after = end < line.Length ? line[end] : '\0';
        if (QuestionParticles.Contains(before))
        {
            return false;
        }

        var chineseAfter = CommonHanzi.IsHan(after) || after == Mark || IsChineseLetterOrPunctuation(after);
        var chineseBefore = CommonHanzi.IsCjk(before) || char.IsAsciiDigit(before) || before is '%' or ',' or ';' or ':' || before == Mark;
        return chineseAfter && (chineseBefore || start == 0);
    }

    private static bool IsChineseLetterOrPunctuation(char c) => c is '、' or '。' or '，' or '；' or '：' or '《' or '》' or '“' or '”' || c == ',' || c == ';';

    private static string Context(string line, int index) => TextWindow.Around(line, index, ContextLength);
}
