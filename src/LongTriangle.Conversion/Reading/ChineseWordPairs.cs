using System.Collections.Frozen;
using System.Globalization;

namespace LongTriangle.Conversion.Reading;

/// <summary>
/// The two-character words of modern Chinese with how often they occur (Data/ChineseWordPairs.txt,
/// generated from the jieba dictionary), in Simplified script. Used to choose, among the characters the
/// bytes or a reading allow for a lost character, the one that makes a word with its neighbour
/// (数 before 字 makes 数字; 树 or 术 make nothing).
/// </summary>
public sealed class ChineseWordPairs
{
    private readonly FrozenDictionary<long, int> frequencies;

    private ChineseWordPairs(FrozenDictionary<long, int> frequencies) => this.frequencies = frequencies;

    public static ChineseWordPairs LoadEmbedded() => Parse(EmbeddedData.ReadLines("ChineseWordPairs.txt"));

    /// <summary>Lines "词语&lt;TAB&gt;frequency"; a line that is not a two-character word is an error naming it.</summary>
    public static ChineseWordPairs Parse(IEnumerable<string> lines)
    {
        var map = new Dictionary<long, int>();
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t');
            var runes = tab > 0 ? line[..tab].EnumerateRunes().ToArray() : [];
            if (runes.Length != 2 || !int.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var frequency))
                throw new InvalidDataException($"ChineseWordPairs.txt: expected 'WORD<TAB>FREQUENCY' with a two-character word, not '{line}'");
            map[Key(runes[0].Value, runes[1].Value)] = frequency;
        }

        return new ChineseWordPairs(map.ToFrozenDictionary());
    }

    /// <summary>How often the two characters (Simplified) occur as a word; 0 when they make none.</summary>
    public int Frequency(int first, int second) => frequencies.GetValueOrDefault(Key(first, second));

    private static long Key(int first, int second) => ((long)first << 21) | (uint)second;
}
