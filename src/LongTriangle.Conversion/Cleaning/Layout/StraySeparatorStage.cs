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

    public WorkingText Apply(WorkingText text)
    {
        // Finding the separators first and then looking for all their joined spellings in one pass over
        // the document keeps the stage linear: searching the whole document once per separator made a
        // 20 MB seed take minutes.
        var separators = text.Lines.Select(line => Separators(line.Text)).ToList();
        var spellings = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < separators.Count; k++)
        {
            foreach (var (start, end, _) in separators[k])
            {
                spellings.UnionWith(JoinedSpellings(text.Lines[k].Text, start, end));
            }
        }

        var found = Occurring(text.Lines, spellings);
        var repairs = new List<Repair>();
        var lines = text.Lines.Select((line, k) => Clean(line, separators[k], found, repairs)).ToList();
        return repairs.Count == 0 ? text : text.WithLines(lines).AddRepairs(repairs);
    }

    /// <summary>The separators of a line that would be stray if the document spelled the word without them.</summary>
    private static List<(int Start, int End, bool IsDash)> Separators(string s)
    {
        var found = new List<(int, int, bool)>();
        var protectedUpTo = LineShape.HeadingNumber(s.TrimStart()) is { } number
            ? s.Length - s.TrimStart().Length + number.Length
            : 0;
        var prose = LineShape.HasProsePunctuation(s);

        var i = 1;
        while (i < s.Length)
        {
            var c = s[i];
            var isDash = Dashes.Contains(c);
            var isSpace = Spaces.Contains(c);
            if (!(isDash || isSpace))
            {
                i++;
                continue;
            }

            // A run of spaces counts as one separator; a run of dashes (——) is real punctuation.
            var end = i;
            while (end < s.Length && (isSpace ? Spaces.Contains(s[end]) : Dashes.Contains(s[end])))
            {
                end++;
            }

            if (end < s.Length
                && (isSpace || end - i == 1)
                && i > protectedUpTo
                && (prose || isDash)
                && LineShape.IsHan(s[i - 1]) && LineShape.IsHan(s[end])
                && !(isDash && IsChained(s, i, end)))
            {
                found.Add((i, end, isDash));
            }

            i = end;
        }

        return found;
    }

    private static SourceLine Clean(SourceLine line, List<(int Start, int End, bool IsDash)> separators, HashSet<string> found, List<Repair> repairs)
    {
        var s = line.Text;
        StringBuilder? result = null;
        var copied = 0;
        foreach (var (start, end, isDash) in separators)
        {
            if (!JoinedSpellings(s, start, end).Any(found.Contains))
            {
                continue;
            }

            result ??= new StringBuilder(s.Length);
            result.Append(s, copied, start - copied);
            copied = end;
            var before = Context(s, start, end);
            repairs.Add(new Repair(RepairKind.StrayCharacterRemoved, line.Number, before,
                before.Replace(s[start..end], "", StringComparison.Ordinal),
                isDash ? "stray dash inside a word" : "stray space inside a word"));
        }

        return result is null ? line : line with { Text = result.Append(s, copied, s.Length - copied).ToString() };
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
    /// The characters around the separator, joined (two and two, one and two, two and one): if the document
    /// spells any of them elsewhere, that is its own evidence that the separator splits one word.
    /// </summary>
    private static IEnumerable<string> JoinedSpellings(string s, int start, int end)
    {
        foreach (var (left, right) in new[] { (2, 2), (1, 2), (2, 1) })
        {
            if (start - left < 0 || end + right > s.Length)
            {
                continue;
            }

            var l = s[(start - left)..start];
            var r = s[end..(end + right)];
            if (l.All(LineShape.IsHan) && r.All(LineShape.IsHan))
            {
                yield return l + r;
            }
        }
    }

    /// <summary>Which of the spellings (three or four characters long) occur in the document: one pass over its text.</summary>
    private static HashSet<string> Occurring(IEnumerable<SourceLine> lines, HashSet<string> spellings)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (spellings.Count == 0)
        {
            return found;
        }

        var lookup = spellings.GetAlternateLookup<ReadOnlySpan<char>>();
        var lengths = spellings.Select(x => x.Length).Distinct().ToArray();
        var document = string.Join("\n", lines.Select(l => l.Text)).AsSpan();
        for (var p = 0; p < document.Length; p++)
        {
            foreach (var length in lengths)
            {
                if (p + length <= document.Length && lookup.TryGetValue(document.Slice(p, length), out var spelling))
                {
                    found.Add(spelling);
                }
            }
        }

        return found;
    }

    private static string Context(string s, int start, int end)
    {
        var from = Math.Max(0, start - 4);
        var to = Math.Min(s.Length, end + 4);
        return s[from..to];
    }
}
