using System.Text;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Conversion.Cleaning.Punctuation;

/// <summary>
/// Restores full-width Chinese punctuation where a site replaced it with ASCII: , : ; ! ? ( ) next to
/// Chinese text become ，：；！？（）. Numbers, times, codes and Latin text keep theirs: 1,000, 10:30,
/// 2:1, 3.5, G60, URLs and e-mail addresses, and parentheses around Latin text between Latin words.
/// One repair per changed line lists the marks replaced.
/// </summary>
public sealed class PunctuationStage : ICleaningStage
{
    public WorkingText Apply(WorkingText text)
    {
        var lines = new List<SourceLine>(text.Lines.Length);
        var repairs = new List<Repair>();
        foreach (var line in text.Lines)
        {
            var changes = new LineChanges();
            var restored = Restore(line.Text, changes);
            lines.Add(line with { Text = restored });
            if (changes.ToRepair(RepairKind.PunctuationRestored, line.Number, changes.Count == 1 ? "1 mark" : $"{changes.Count} marks") is { } repair)
            {
                repairs.Add(repair);
            }
        }

        return text.WithLines(lines).AddRepairs(repairs);
    }

    public static string Restore(string line, LineChanges changes)
    {
        var chars = line.ToCharArray();
        var protectedSpans = ProtectedAsciiWords(line);
        ConvertParentheses(line, chars, protectedSpans);
        // Context is read after the parentheses changed, so "(一)," sees （一） and restores its comma.
        var context = new string(chars);
        for (var i = 0; i < line.Length; i++)
        {
            if (protectedSpans[i])
            {
                continue;
            }

            var previous = Previous(context, i);
            var next = Next(context, i);
            chars[i] = line[i] switch
            {
                ',' when !(IsDigit(line, i - 1) && IsDigit(line, i + 1)) && (IsChinese(previous) || IsChinese(next)) => '，',
                ':' when !(IsDigit(line, i - 1) && IsDigit(line, i + 1)) && IsChinese(previous) => '：',
                ';' when IsChinese(previous) || IsChinese(next) => '；',
                '!' when IsChinese(previous) => '！',
                '?' when IsChinese(previous) => '？',
                _ => chars[i],
            };
        }

        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] != line[i])
            {
                changes.Add(line[i].ToString(), chars[i].ToString());
            }
        }

        return new string(chars);
    }

    /// <summary>Pairs parentheses and makes a pair full-width when Chinese text is inside or around it.</summary>
    private static void ConvertParentheses(string line, char[] chars, bool[] protectedSpans)
    {
        var open = new Stack<int>();
        var pairs = new List<(int Open, int Close)>();
        var unmatched = new List<int>();
        for (var i = 0; i < line.Length; i++)
        {
            if (protectedSpans[i])
            {
                continue;
            }

            if (line[i] == '(')
            {
                open.Push(i);
            }
            else if (line[i] == ')')
            {
                if (open.Count > 0)
                {
                    pairs.Add((open.Pop(), i));
                }
                else
                {
                    unmatched.Add(i);
                }
            }
        }

        unmatched.AddRange(open);
        foreach (var (o, c) in pairs)
        {
            if (IsChinese(Previous(line, o)) || IsChinese(Next(line, o)) || IsChinese(Previous(line, c)) || IsChinese(Next(line, c)))
            {
                chars[o] = '（';
                chars[c] = '）';
            }
        }

        // A parenthesis whose partner is on another line (the seed broke the line inside it).
        foreach (var i in unmatched)
        {
            if (IsChinese(Previous(line, i)) || IsChinese(Next(line, i)))
            {
                chars[i] = line[i] == '(' ? '（' : '）';
            }
        }
    }

    /// <summary>Marks the characters of ASCII words that are addresses (URL, e-mail), never to be touched.</summary>
    private static bool[] ProtectedAsciiWords(string line)
    {
        var result = new bool[line.Length];
        var start = 0;
        while (start < line.Length)
        {
            if (line[start] is <= ' ' or >= '\u007F')
            {
                start++;
                continue;
            }

            var end = start;
            while (end < line.Length && line[end] is > ' ' and < '\u007F')
            {
                end++;
            }

            // The address begins at its first letter or digit: "邮箱:dichan@…" keeps the colon's repair.
            var first = start;
            while (first < end && !char.IsAsciiLetterOrDigit(line[first]))
            {
                first++;
            }

            var word = line.AsSpan(first, end - first);
            if (word.Contains("://", StringComparison.Ordinal) || word.Contains('@') || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                Array.Fill(result, true, first, end - first);
            }

            start = end;
        }

        return result;
    }

    private static bool IsDigit(string line, int index) => index >= 0 && index < line.Length && char.IsAsciiDigit(line[index]);

    private static bool IsChinese(Rune? rune) => rune is { } r && CommonHanzi.IsCjk(r.Value);

    /// <summary>The nearest character before <paramref name="index"/> that is not a space.</summary>
    private static Rune? Previous(string line, int index)
    {
        var i = index;
        while (i > 0)
        {
            if (Rune.DecodeLastFromUtf16(line.AsSpan(0, i), out var rune, out var length) != System.Buffers.OperationStatus.Done)
            {
                return null;
            }

            if (rune.Value != ' ')
            {
                return rune;
            }

            i -= length;
        }

        return null;
    }

    /// <summary>The nearest character after <paramref name="index"/> that is not a space.</summary>
    private static Rune? Next(string line, int index)
    {
        var i = index + 1;
        while (i < line.Length)
        {
            if (Rune.DecodeFromUtf16(line.AsSpan(i), out var rune, out var length) != System.Buffers.OperationStatus.Done)
            {
                return null;
            }

            if (rune.Value != ' ')
            {
                return rune;
            }

            i += length;
        }

        return null;
    }
}
