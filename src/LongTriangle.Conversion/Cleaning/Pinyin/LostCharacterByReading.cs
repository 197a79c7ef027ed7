using LongTriangle.Conversion.Cleaning.LostText;

namespace LongTriangle.Conversion.Cleaning.Pinyin;

/// <summary>
/// Names a lost character from the pinyin a site printed after it ("?(shù)字"): of the characters with
/// that reading, the one that makes a word with the character beside it (数 with 字: 数字). The reading
/// alone leaves many candidates (数 树 术 述 束 …) and the neighbour alone thousands; together they decide
/// only when one word is clearly the most common (<see cref="NeighbourWordChoice"/>), otherwise the
/// character stays lost.
/// </summary>
public sealed class LostCharacterByReading(MandarinReadings readings, NeighbourWordChoice words)
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
}
