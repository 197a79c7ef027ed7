using System.Text;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Layout;

/// <summary>
/// Removes a stray dash or space that layout left inside a Chinese word (一体-化, 长 三角, 统一—管理).
/// A separator between Han characters is removed only when the document itself spells the joined words
/// without it elsewhere; real dashes (2020-2025, ——, 虹桥—昆山—相城 routes) and spaces between Latin
/// words, after heading numbers and in title-like lines (中共中央 国务院) are kept.
/// </summary>
public sealed class StraySeparatorStage : ICleaningStage
{
    private const string Dashes = "-‐‑‒–—－";
    private const string Spaces = " \u00A0\u3000\u2002\u2003\u2009";

    public string Name => "stray-separators";

    public WorkingText Apply(WorkingText text)
    {
        var documentText = string.Join("\n", text.Lines.Select(l => l.Text));
        var repairs = new List<Repair>();
        var lines = text.Lines.Select(line => Clean(line, documentText, repairs)).ToList();
        return repairs.Count == 0 ? text : text.WithLines(lines).AddRepairs(repairs);
    }

    private static SourceLine Clean(SourceLine line, string documentText, List<Repair> repairs)
    {
        var s = line.Text;
        var protectedUpTo = LineShape.HeadingNumber(s.TrimStart()) is { } number
            ? s.Length - s.TrimStart().Length + number.Length
            : 0;
        var prose = LineShape.HasProsePunctuation(s);
        var result = new StringBuilder(s.Length);
        var changed = false;

        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            var isDash = Dashes.Contains(c);
            var isSpace = Spaces.Contains(c);
            if (!(isDash || isSpace) || i == 0)
            {
                result.Append(c);
                i++;
                continue;
            }

            // A run of spaces counts as one separator; a run of dashes (——) is real punctuation.
            var end = i;
            while (end < s.Length && (isSpace ? Spaces.Contains(s[end]) : Dashes.Contains(s[end])))
            {
                end++;
            }

            var stray = end < s.Length
                && (isSpace || end - i == 1)
                && i > protectedUpTo
                && (prose || isDash)
                && LineShape.IsHan(s[i - 1]) && LineShape.IsHan(s[end])
                && !(isDash && IsChained(s, i, end))
                && SpelledWithoutElsewhere(s, i, end, documentText);

            if (stray)
            {
                var before = Context(s, i, end);
                repairs.Add(new Repair(RepairKind.StrayCharacterRemoved, line.Number, before,
                    before.Replace(s[i..end], "", StringComparison.Ordinal),
                    isDash ? "stray dash inside a word" : "stray space inside a word"));
                changed = true;
            }
            else
            {
                result.Append(s, i, end - i);
            }

            i = end;
        }

        return changed ? line with { Text = result.ToString() } : line;
    }

    /// <summary>Whether the dash links a chain of names (嘉定-昆山-太仓): another dash sits one short name away.</summary>
    private static bool IsChained(string s, int dashStart, int dashEnd)
    {
        return DashWithin(s, dashEnd, +1) || DashWithin(s, dashStart - 1, -1);

        static bool DashWithin(string s, int from, int step)
        {
            for (int k = 0, p = from; k <= 5 && p >= 0 && p < s.Length; k++, p += step)
            {
                if (Dashes.Contains(s[p]))
                {
                    return k > 0;
                }

                if (!LineShape.IsHan(s[p]))
                {
                    return false;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Whether the characters around the separator, joined, occur elsewhere in the document: the document's
    /// own evidence that the separator splits one word.
    /// </summary>
    private static bool SpelledWithoutElsewhere(string s, int start, int end, string documentText)
    {
        foreach (var (left, right) in new[] { (2, 2), (1, 2), (2, 1) })
        {
            if (start - left < 0 || end + right > s.Length)
            {
                continue;
            }

            var l = s[(start - left)..start];
            var r = s[end..(end + right)];
            if (!l.All(LineShape.IsHan) || !r.All(LineShape.IsHan))
            {
                continue;
            }

            if (documentText.Contains(l + r, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Context(string s, int start, int end)
    {
        var from = Math.Max(0, start - 4);
        var to = Math.Min(s.Length, end + 4);
        return s[from..to];
    }
}
