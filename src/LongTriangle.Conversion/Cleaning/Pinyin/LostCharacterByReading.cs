using System.Text;
using LongTriangle.Conversion.Cleaning.Script;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Conversion.Cleaning.Pinyin;

/// <summary>
/// Names a lost character from the pinyin a site printed after it ("?(shù)字"): of the everyday characters
/// with that reading, the one that makes a word with the character beside it (数 with 字: 数字). The
/// reading alone leaves many candidates (数 树 术 述 束 …) and the neighbour alone leaves thousands;
/// together they decide only when one word is clearly more common than any other candidate's, and
/// otherwise the character stays lost. Neighbours in Traditional script are compared in Simplified.
/// </summary>
public sealed class LostCharacterByReading(MandarinReadings readings, CommonHanzi hanzi, ScriptTables script, ChineseWordPairs words)
{
    /// <summary>The chosen word must be this many times as common as the next candidate's.</summary>
    private const int ClearMargin = 4;

    /// <summary>
    /// The character for the lost mark whose reading is <paramref name="syllable"/>, between
    /// <paramref name="before"/> and <paramref name="after"/> (0 when there is no Han character there),
    /// with the word that decided it; null when nothing decides.
    /// </summary>
    public (string Character, string Word)? Choose(PinyinSyllable syllable, int before, int after)
    {
        var scored = new List<(int Character, int Score, string Word)>();
        foreach (var candidate in readings.CharactersReading(syllable))
        {
            if (!hanzi.IsCommonSimplified(candidate))
            {
                continue;
            }

            var left = before == 0 ? 0 : words.Frequency(Simplified(before), candidate);
            var right = after == 0 ? 0 : words.Frequency(candidate, Simplified(after));
            if (left == 0 && right == 0)
            {
                continue;
            }

            var word = right >= left
                ? char.ConvertFromUtf32(candidate) + char.ConvertFromUtf32(Simplified(after))
                : char.ConvertFromUtf32(Simplified(before)) + char.ConvertFromUtf32(candidate);
            scored.Add((candidate, Math.Max(left, right), word));
        }

        if (scored.Count == 0)
        {
            return null;
        }

        var ranked = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Character).ToList();
        if (ranked.Count > 1 && ranked[0].Score < ranked[1].Score * ClearMargin)
        {
            return null;
        }

        return (char.ConvertFromUtf32(ranked[0].Character), ranked[0].Word);
    }

    private int Simplified(int codePoint) =>
        script.Simplify(codePoint) is { } simplified && simplified.EnumerateRunes().FirstOrDefault() is { Value: > 0 } rune ? rune.Value : codePoint;
}
