using System.Collections.Frozen;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Conversion.Cleaning.Pinyin;

/// <summary>
/// Every Mandarin reading Unihan lists for each character (Data/MandarinReadings.txt), and the
/// inventory of syllables those readings use, which is what counts as pinyin.
/// </summary>
public sealed class MandarinReadings
{
    private readonly FrozenDictionary<int, PinyinSyllable[]> readings;
    private readonly FrozenSet<string> syllables;
    private readonly FrozenDictionary<string, int[]> bySyllable;

    private MandarinReadings(FrozenDictionary<int, PinyinSyllable[]> readings)
    {
        this.readings = readings;
        syllables = readings.Values.SelectMany(r => r).Select(s => s.Letters).ToFrozenSet(StringComparer.Ordinal);
        bySyllable = readings
            .SelectMany(r => r.Value.Select(s => (s.Letters, Character: r.Key)))
            .GroupBy(p => p.Letters, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Character).Distinct().Order().ToArray(), StringComparer.Ordinal);
    }

    public static MandarinReadings LoadEmbedded() => Parse(EmbeddedData.ReadLines("MandarinReadings.txt"));

    public static MandarinReadings Parse(IEnumerable<string> lines)
    {
        var map = new Dictionary<int, PinyinSyllable[]>();
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t');
            var character = char.ConvertToUtf32(line, 0);
            map[character] = line[(tab + 1)..].Split(' ')
                .Select(PinyinSyllable.Parse)
                .OfType<PinyinSyllable>()
                .ToArray();
        }

        return new MandarinReadings(map.ToFrozenDictionary());
    }

    /// <summary>Every character that can be read so (the tone compared as in <see cref="CanRead"/>), in code point order.</summary>
    public IEnumerable<int> CharactersReading(PinyinSyllable syllable) =>
        bySyllable.TryGetValue(syllable.Letters, out var characters) ? characters.Where(c => CanRead(c, syllable)) : [];

    /// <summary>True when the letters form a syllable of Mandarin (qu, zhuang, lü …).</summary>
    public bool IsSyllable(PinyinSyllable syllable) => syllables.Contains(syllable.Letters);

    /// <summary>True when the character can be read so (the tone is compared only when both have one).</summary>
    public bool CanRead(int character, PinyinSyllable syllable) =>
        readings.TryGetValue(character, out var known)
        && known.Any(k => k.Letters == syllable.Letters && (k.Tone == syllable.Tone || k.Tone == 0 || syllable.Tone == 0));
}
