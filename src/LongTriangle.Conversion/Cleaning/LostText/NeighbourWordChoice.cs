using LongTriangle.Conversion.Cleaning.Script;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Conversion.Cleaning.LostText;

/// <summary>
/// Chooses, among the characters some evidence allows for a lost one (a printed reading, a surviving byte),
/// the one that makes a word with its neighbours. Each candidate is put between the Han characters around
/// the gap and the line is split into two-character words the way that uses the most common words
/// (each word counts the logarithm of its frequency); a candidate is chosen only when that split makes it
/// part of a word, the word is common (<see cref="MinimumFrequency"/>), and no other candidate comes close
/// (<see cref="ClearMargin"/> times less likely). A neighbour already bound to a more common word leaves
/// the gap alone: 战?控制 is not 战遥控制 (遥控) but a lost 。 before 控制. Unless the evidence proves a Han
/// character (a printed reading does), a gap with no Han character right before it (after a figure or a
/// mark: 75%?科创) may as well have held punctuation and is left alone too; and so is a gap followed by
/// garbled text (a rare character among the next few), whose bytes a later stage still has to realign. Neighbours and candidates are
/// compared in Simplified script, as the word table is.
/// </summary>
public sealed class NeighbourWordChoice(CommonHanzi hanzi, ScriptTables script, ChineseWordPairs words)
{
    /// <summary>The chosen candidate's split must be this many times as likely as the next candidate's.</summary>
    public const int ClearMargin = 4;

    /// <summary>How often (in the word table's counts) the word the candidate makes must occur.</summary>
    public const int MinimumFrequency = 200;

    /// <summary>How many Han characters on each side of the gap take part in the split.</summary>
    public const int Context = 3;

    /// <summary>
    /// The chosen candidate and the word that decided it, or null. <paramref name="before"/> and
    /// <paramref name="after"/> are the Han characters next to the gap (nearest last, and nearest first).
    /// <paramref name="provenHan"/>: the evidence shows the lost character was a Han character, not punctuation.
    /// </summary>
    /// <param name="attested">
    /// Words the document itself writes where its text is sound (<see cref="WordsOf"/>): when two candidates come
    /// close (联盟 and 联名 after 联), the one whose word the document writes elsewhere is chosen, since a plan
    /// repeats its own terms; without it, or when both or neither are written, nothing is.
    /// </param>
    public (int Character, string Word)? Choose(IEnumerable<int> candidates, string before, string after, bool provenHan, IReadOnlySet<string>? attested = null)
    {
        var left = Simplified(before).TakeLast(Context).ToArray();
        var right = Simplified(after).Take(Context).ToArray();
        var garbledAfter = after.EnumerateRunes().Take(Context).Any(r => !hanzi.IsCommon(r.Value));
        if ((left.Length == 0 && !provenHan) || (left.Length == 0 && right.Length == 0) || garbledAfter)
        {
            return null;
        }

        var scored = new Dictionary<int, (double Score, string? Word)>();
        foreach (var candidate in candidates)
        {
            if (!hanzi.IsCommon(candidate))
            {
                continue;
            }

            var simple = Simplified(candidate);
            if (!scored.ContainsKey(simple))
            {
                scored[simple] = Split([.. left, simple, .. right], left.Length);
            }
        }

        var ranked = scored.OrderByDescending(s => s.Value.Score).ThenBy(s => s.Key).ToList();
        if (ranked.Count == 0 || ranked[0].Value.Word is not { } word)
        {
            return null;
        }

        var runnerUp = ranked.Count > 1 ? ranked[1].Value.Score : 0;
        if (ranked[0].Value.Score - runnerUp < Math.Log(ClearMargin))
        {
            var close = ranked.Where(r => ranked[0].Value.Score - r.Value.Score < Math.Log(ClearMargin)).ToList();
            var written = attested is null ? [] : close.Where(r => r.Value.Word is { } w && attested.Contains(w)).ToList();
            return close.All(r => r.Value.Word is not null) && written.Count == 1
                ? (written[0].Key, written[0].Value.Word + ", which the document writes elsewhere")
                : null;
        }

        return (ranked[0].Key, word);
    }

    /// <summary>
    /// The common two-character words (<see cref="MinimumFrequency"/>) a document writes, in Simplified script:
    /// every pair of adjacent Han characters on its lines that the word table knows.
    /// </summary>
    public IReadOnlySet<string> WordsOf(IEnumerable<string> lines)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var runes = Simplified(line);
            for (var i = 1; i < runes.Length; i++)
            {
                if (CommonHanzi.IsHan(runes[i - 1]) && CommonHanzi.IsHan(runes[i]) && words.Frequency(runes[i - 1], runes[i]) >= MinimumFrequency)
                {
                    found.Add(char.ConvertFromUtf32(runes[i - 1]) + char.ConvertFromUtf32(runes[i]));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Two lost characters side by side, each with its own candidates (each surviving byte allows its own
    /// set): the pair that makes a common word (<see cref="MinimumFrequency"/>) and binds best with the
    /// characters either side (the logarithms of the frequencies of the three two-character words the pair
    /// takes part in: 出海 海口 口… for 新出??), clearly ahead (<see cref="ClearMargin"/>) of every other
    /// such pair; with the words that decided it, or null. A split of the line is not used here: two unknowns
    /// can always make some common word between themselves (专科) while the right pair also binds to its
    /// neighbours (出海口). One garbled character can hide two lost ones (消 and 费 behind one pair of bytes read
    /// out of step): each alone leaves thousands of words, together they make one.
    /// </summary>
    public (int First, int Second, string Words)? ChoosePair(IEnumerable<int> first, IEnumerable<int> second, string before, string after)
    {
        var left = Simplified(before).TakeLast(1).ToArray();
        var right = Simplified(after).Take(1).ToArray();
        var garbledAfter = after.EnumerateRunes().Take(Context).Any(r => !hanzi.IsCommon(r.Value));
        if (garbledAfter)
        {
            return null;
        }

        // Compared in Simplified script, as the word table is; the chosen characters are returned as the bytes gave them.
        var seconds = Originals(second);
        var scored = new List<(int First, int Second, double Score, string Words)>();
        foreach (var (a, firstOriginal) in Originals(first))
        {
            foreach (var (b, secondOriginal) in seconds)
            {
                if (words.Frequency(a, b) < MinimumFrequency)
                {
                    continue;
                }

                var bound = new List<string> { char.ConvertFromUtf32(a) + char.ConvertFromUtf32(b) };
                var score = Math.Log(words.Frequency(a, b));
                if (left.Length > 0 && words.Frequency(left[0], a) is > 0 and var before1)
                {
                    score += Math.Log(before1);
                    bound.Insert(0, char.ConvertFromUtf32(left[0]) + char.ConvertFromUtf32(a));
                }

                if (right.Length > 0 && words.Frequency(b, right[0]) is > 0 and var after1)
                {
                    score += Math.Log(after1);
                    bound.Add(char.ConvertFromUtf32(b) + char.ConvertFromUtf32(right[0]));
                }

                scored.Add((firstOriginal, secondOriginal, score, string.Join(" ", bound)));
            }
        }

        var ranked = scored.OrderByDescending(s => s.Score).ThenBy(s => s.First).ThenBy(s => s.Second).ToList();
        if (ranked.Count == 0)
        {
            return null;
        }

        var runnerUp = ranked.Count > 1 ? ranked[1].Score : 0;
        return ranked[0].Score - runnerUp < Math.Log(ClearMargin) ? null : (ranked[0].First, ranked[0].Second, ranked[0].Words);
    }

    /// <summary>The common candidates by their Simplified form, each with the first candidate that has it.</summary>
    private List<(int Simple, int Original)> Originals(IEnumerable<int> candidates) =>
        [.. candidates.Where(c => hanzi.IsCommon(c)).Select(c => (Simple: Simplified(c), Original: c)).DistinctBy(c => c.Simple)];

    /// <summary>
    /// Whether <paramref name="after"/> opens with a common two-character word (控制, 淮河): the text after a
    /// gap that starts a new phrase, as it does after a lost clause mark.
    /// </summary>
    public bool StartsWithWord(string after)
    {
        var right = Simplified(after).Take(2).ToArray();
        return right.Length == 2 && CommonHanzi.IsHan(right[0]) && words.Frequency(right[0], right[1]) >= MinimumFrequency;
    }

    /// <summary>
    /// The best split of <paramref name="window"/> into two-character words and single characters (a word
    /// counts log(frequency), a single character 0), and the word holding position <paramref name="gap"/>
    /// in it when that word is common enough; null when the gap stands alone in the best split.
    /// </summary>
    private (double Score, string? Word) Split(int[] window, int gap)
    {
        var best = new double[window.Length + 1];
        var pairEnds = new bool[window.Length + 1];
        for (var i = 1; i <= window.Length; i++)
        {
            best[i] = best[i - 1];
            if (i >= 2 && words.Frequency(window[i - 2], window[i - 1]) is > 0 and var frequency && best[i - 2] + Math.Log(frequency) > best[i])
            {
                best[i] = best[i - 2] + Math.Log(frequency);
                pairEnds[i] = true;
            }
        }

        var end = window.Length;
        while (end > 0)
        {
            if (!pairEnds[end])
            {
                end--;
                continue;
            }

            if (end - 2 <= gap && gap < end)
            {
                var frequency = words.Frequency(window[end - 2], window[end - 1]);
                var word = char.ConvertFromUtf32(window[end - 2]) + char.ConvertFromUtf32(window[end - 1]);
                return (best[window.Length], frequency >= MinimumFrequency ? word : null);
            }

            end -= 2;
        }

        return (best[window.Length], null);
    }

    private int[] Simplified(string text) => [.. text.EnumerateRunes().Select(r => Simplified(r.Value))];

    private int Simplified(int codePoint) =>
        script.Simplify(codePoint) is { Length: > 0 } simplified ? char.ConvertToUtf32(simplified, 0) : codePoint;
}
