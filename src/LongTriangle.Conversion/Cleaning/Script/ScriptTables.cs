using System.Collections.Frozen;
using System.Text;
using LongTriangle.ChineseScript;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Conversion.Cleaning.Script;

/// <summary>
/// The Traditional→Simplified tables, loaded once from Data/ and then immutable: character map
/// (OpenCC TSCharacters + variants + Unihan), phrase trie (OpenCC TSPhrases + our supplement), and
/// which characters belong to which script. Create one per process and pass it to the stages.
/// </summary>
public sealed class ScriptTables
{
    private readonly FrozenDictionary<int, string> characters;
    private readonly FrozenSet<int> simplifiedValid;
    private readonly FrozenSet<int> traditionalValid;

    private ScriptTables(
        FrozenDictionary<int, string> characters,
        PhraseTrie<string> phrases,
        FrozenSet<int> simplifiedValid,
        FrozenSet<int> traditionalValid)
    {
        this.characters = characters;
        Phrases = phrases;
        this.simplifiedValid = simplifiedValid;
        this.traditionalValid = traditionalValid;
    }

    public PhraseTrie<string> Phrases { get; }

    public static ScriptTables LoadEmbedded(LegacyEncodings encodings) => Create(
        EmbeddedData.ReadLines("TraditionalCharacters.txt"),
        EmbeddedData.ReadLines("TraditionalPhrases.txt").Concat(EmbeddedData.ReadLines("TraditionalPhrasesSupplement.txt")),
        encodings);

    public static ScriptTables Create(IEnumerable<string> characterLines, IEnumerable<string> phraseLines, LegacyEncodings encodings)
    {
        var characters = new Dictionary<int, string>();
        foreach (var line in characterLines)
        {
            var tab = line.IndexOf('\t');
            var key = line[..tab];
            var candidates = line[(tab + 1)..].Split(' ');
            if (Rune.TryGetRuneAt(key, 0, out var rune) && rune.Utf16SequenceLength == key.Length && candidates[0] != key)
            {
                characters[rune.Value] = candidates[0];
            }
        }

        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in phraseLines)
        {
            var tab = line.IndexOf('\t');
            // Later files (our supplement) override the generated phrases.
            phrases[line[..tab]] = line[(tab + 1)..];
        }

        return new ScriptTables(
            characters.ToFrozenDictionary(),
            new PhraseTrie<string>(phrases),
            CodePageRepertoire(encodings.Gbk, 0xA1, 0xF7, 0xA1, 0xFE),
            Big5Repertoire(encodings.Big5));
    }

    /// <summary>The Simplified form of a character, or null when it has none of its own.</summary>
    public string? Simplify(int codePoint) => characters.GetValueOrDefault(codePoint);

    /// <summary>A character only Traditional text uses: it has a Simplified form and is not in GB 2312.</summary>
    public bool IsTraditionalOnly(int codePoint) => characters.ContainsKey(codePoint) && !simplifiedValid.Contains(codePoint);

    /// <summary>A Han character only Simplified text uses: in GB 2312 but not in Big5, and not a key of the table.</summary>
    public bool IsSimplifiedOnly(int codePoint) =>
        simplifiedValid.Contains(codePoint) && !traditionalValid.Contains(codePoint) && !characters.ContainsKey(codePoint)
            && CommonHanzi.IsHan(codePoint);

    private static FrozenSet<int> CodePageRepertoire(Encoding encoding, int leadFrom, int leadTo, int trailFrom, int trailTo)
    {
        var set = new HashSet<int>();
        Span<byte> pair = stackalloc byte[2];
        for (var lead = leadFrom; lead <= leadTo; lead++)
        {
            for (var trail = trailFrom; trail <= trailTo; trail++)
            {
                pair[0] = (byte)lead;
                pair[1] = (byte)trail;
                if (LegacyEncodings.TryDecode(encoding, pair) is { Length: 1 } s)
                {
                    set.Add(s[0]);
                }
            }
        }

        return set.ToFrozenSet();
    }

    private static FrozenSet<int> Big5Repertoire(Encoding big5)
    {
        var set = new HashSet<int>();
        Span<byte> pair = stackalloc byte[2];
        for (var lead = 0xA1; lead <= 0xF9; lead++)
        {
            for (var trail = 0x40; trail <= 0xFE; trail++)
            {
                if (trail is > 0x7E and < 0xA1)
                {
                    continue;
                }

                pair[0] = (byte)lead;
                pair[1] = (byte)trail;
                if (LegacyEncodings.TryDecode(big5, pair) is { Length: 1 } s)
                {
                    set.Add(s[0]);
                }
            }
        }

        return set.ToFrozenSet();
    }
}
