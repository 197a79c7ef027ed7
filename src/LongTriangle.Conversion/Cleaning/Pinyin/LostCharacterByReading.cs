using LongTriangle.Conversion.Cleaning.LostText;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Conversion.Cleaning.Pinyin;

/// <summary>
/// Names a lost character from the pinyin a site printed after it ("?(shù)字"): of the characters with
/// that reading, the one that makes a word with the character beside it (数 with 字: 数字). The reading
/// alone leaves many candidates (数 树 术 述 束 …) and the neighbour alone thousands; together they decide
/// only when one word is clearly the most common (<see cref="NeighbourWordChoice"/>), otherwise the
/// character stays lost. A character of GBK text whose lead byte was lost and whose trail byte survived as
/// an ASCII character ("?^(qū)": 區 is 85 5E) is named by its reading and that byte together.
/// </summary>
public sealed class LostCharacterByReading(MandarinReadings readings, NeighbourWordChoice words, LegacyEncodings? encodings = null)
{
    /// <summary>
    /// The character for the lost mark whose reading is <paramref name="syllable"/>, between the Han
    /// characters <paramref name="before"/> and <paramref name="after"/> it, with the word that decided it;
    /// null when nothing decides.
    /// </summary>
    public (string Character, string Word)? Choose(PinyinSyllable syllable, string before, string after) =>
        words.Choose(readings.CharactersReading(syllable), before, after, provenHan: true) is { } choice
            ? (char.ConvertFromUtf32(choice.Character), choice.Word)
            : null;

    /// <summary>
    /// The character whose reading is <paramref name="syllable"/> and whose GBK trail byte is
    /// <paramref name="trail"/>: the only one, or the one that makes a clearly common word with its neighbours;
    /// with the evidence that decided it ("qu/5E": the reading, or the word, and the byte), or null.
    /// </summary>
    public (string Character, string Evidence)? ChooseByTrailByte(PinyinSyllable syllable, byte trail, string before, string after)
    {
        if (encodings is null)
        {
            return null;
        }

        var candidates = readings.CharactersReading(syllable)
            .Where(c => c <= char.MaxValue && TryEncode(encodings, (char)c) is [_, var t] && t == trail)
            .Distinct()
            .ToArray();
        if (candidates.Length == 1)
        {
            // The only character with that reading and that byte: "qu/5E" (no spaces: repairs list changes by spaces).
            return (char.ConvertFromUtf32(candidates[0]), $"{syllable.Letters}/{trail:X2}");
        }

        return words.Choose(candidates, before, after, provenHan: true) is { } choice
            ? (char.ConvertFromUtf32(choice.Character), $"{choice.Word}/{trail:X2}")
            : null;
    }

    private static byte[]? TryEncode(LegacyEncodings encodings, char c)
    {
        try
        {
            return encodings.Gbk.GetBytes(c.ToString());
        }
        catch (System.Text.EncoderFallbackException)
        {
            return null;
        }
    }
}
