using System.Text;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Conversion.Cleaning.LostText;

/// <summary>
/// Marks what a GBK decoder left behind when it fell out of step and the bytes did not allow a repair:
/// a lone ASCII letter that is a double-byte character's trail byte (0x40–0x7E) surfacing beside a lost
/// character ("□;A設施"), and the characters between two lost characters when that stretch holds
/// something no Chinese sentence has there — a Greek, Cyrillic or Latin-1 letter, a rare Han character,
/// a lone ASCII letter ("□□疲μ嵘卜□", read one byte off). Each becomes □ with one
/// <see cref="RepairKind.LostCharacter"/> repair. Runs after <see cref="LostCharacterStage"/>, so it only
/// looks next to marks that stage placed; codes (G60, 5G, A股, S16) stand away from marks or beside
/// digits and letters, and stay.
/// </summary>
public sealed class GarbledResidueStage(CommonHanzi hanzi) : ICleaningStage
{
    /// <summary>How many characters may stand between two lost characters for the stretch to count as one garbled run.</summary>
    private const int MaximumStretch = 6;
    private const int ContextLength = 6;
    private const char Mark = LostCharacterStage.Mark;

    public WorkingText Apply(WorkingText text)
    {
        var lines = new List<SourceLine>(text.Lines.Length);
        var repairs = new List<Repair>();
        foreach (var line in text.Lines)
        {
            var source = line.Text;
            var lost = new SortedSet<int>();
            MarkStretches(source, lost);
            MarkSurfacedTrailBytes(source, lost);
            if (lost.Count == 0)
            {
                lines.Add(line);
                continue;
            }

            var chars = source.ToCharArray();
            foreach (var k in lost)
            {
                chars[k] = Mark;
            }

            var marked = new string(chars);
            repairs.AddRange(lost.Select(k => new Repair(
                RepairKind.LostCharacter, line.Number, source[k].ToString(), Mark.ToString(),
                "misread residue of a garbled character in “" + Context(marked, k) + "”")));
            lines.Add(line with { Text = marked });
        }

        return text.WithLines(lines).AddRepairs(repairs);
    }

    /// <summary>Between two nearby marks, a stretch with foreign residue in it was read off step throughout.</summary>
    private void MarkStretches(string line, SortedSet<int> lost)
    {
        var previous = -1;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != Mark)
            {
                continue;
            }

            var length = i - previous - 1;
            if (previous >= 0 && length is > 0 and <= MaximumStretch)
            {
                var stretch = line[(previous + 1)..i];
                if (stretch.Any(IsForeign) && !stretch.Any(char.IsAsciiDigit) && !stretch.Any(IsClauseBreak))
                {
                    for (var k = previous + 1; k < i; k++)
                    {
                        if (!IsPunctuation(line[k]))
                        {
                            lost.Add(k);
                        }
                    }
                }
            }

            previous = i;
        }
    }

    /// <summary>
    /// A lone ASCII letter or trail-range symbol right before a Han character, with a mark just before it
    /// (or one punctuation character between), or a mark right after it: a trail byte that surfaced.
    /// </summary>
    private static void MarkSurfacedTrailBytes(string line, SortedSet<int> lost)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (!IsTrailByteCharacter(c))
            {
                continue;
            }

            var before = i > 0 ? line[i - 1] : '\0';
            var after = i + 1 < line.Length ? line[i + 1] : '\0';
            if (char.IsAsciiLetterOrDigit(before) || char.IsAsciiLetterOrDigit(after))
            {
                continue;
            }

            var markBefore = before == Mark || (IsPunctuation(before) && i > 1 && line[i - 2] == Mark);
            var chineseAfter = CommonHanzi.IsHan(after) || after == Mark;
            if ((markBefore && chineseAfter) || (after == Mark && (CommonHanzi.IsHan(before) || before == Mark)))
            {
                lost.Add(i);
            }
        }
    }

    /// <summary>Letters a misaligned GBK read produces inside Chinese text: GBK rows A6/A7 (Greek, Cyrillic), Latin-1, lone ASCII, rare Han.</summary>
    private bool IsForeign(char c) =>
        c is >= '\u0370' and <= '\u04FF' or >= '\u00C0' and <= '\u024F'
        || IsTrailByteCharacter(c)
        || (CommonHanzi.IsHan(c) && !hanzi.IsCommon(c));

    private static bool IsTrailByteCharacter(char c) => char.IsAsciiLetter(c) || c is '@' or '[' or '\\' or ']' or '^' or '_' or '`' or '{' or '|' or '}' or '~';

    private static bool IsPunctuation(char c) => "、。，；：《》“”（）！？,;:!()".Contains(c);

    /// <summary>A sentence end between two marks means two separate losses, not one garbled run.</summary>
    private static bool IsClauseBreak(char c) => c is '。' or '；' or ';' or '！' or '!';

    private static string Context(string line, int index) => TextWindow.Around(line, index, ContextLength);
}
