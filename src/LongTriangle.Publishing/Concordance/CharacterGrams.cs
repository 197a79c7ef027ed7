using System.Globalization;

namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// The features Chinese policy text is compared on: overlapping runs of two and three Han characters
/// within a phrase (punctuation breaks a phrase, so no gram spans two phrases), and each run of Latin
/// letters or digits as one token (5G, IPv6, 1+N). Chinese has no spaces, and a policy measure is named
/// by a few fixed two- to four-character words, so character grams find the shared words without a
/// dictionary.
/// </summary>
/// <remarks>
/// A gram is a number, not a string: a Han gram packs its length and its two or three UTF-16 characters
/// into a <see cref="long"/> (so equal grams are equal numbers and no gram allocates); a Latin token, rare
/// in this genre, gets the next number of a vocabulary kept by this instance, so one instance codes a
/// whole corpus and the same corpus always gets the same numbers.
/// </remarks>
public sealed class CharacterGrams
{
    public const int Shortest = 2;

    /// <summary>Three UTF-16 characters of 16 bits and a length fit a long.</summary>
    public const int Longest = 3;

    private const int LengthShift = 48;
    private const long LatinTag = 1L << 62;

    private readonly int _longest;
    private readonly Dictionary<string, int> _latin = new(StringComparer.Ordinal);
    private readonly List<string> _latinWords = [];

    public CharacterGrams(int longest = Longest)
    {
        if (longest is < Shortest or > Longest)
            throw new ArgumentOutOfRangeException(nameof(longest), longest, $"grams are {Shortest} to {Longest} characters long");
        _longest = longest;
    }

    /// <summary>The grams of <paramref name="text"/> in reading order (per run: its bigrams, then its trigrams).</summary>
    public long[] Of(string text)
    {
        var grams = new List<long>();
        AppendTo(text, grams);
        return [.. grams];
    }

    /// <summary>Appends the grams of <paramref name="text"/> to <paramref name="grams"/>, so one buffer serves a whole corpus.</summary>
    public void AppendTo(string text, List<long> grams) => Split(text, grams, latinWords: null);

    /// <summary>
    /// Appends the Han grams of <paramref name="text"/> to <paramref name="grams"/> and its Latin tokens, unnumbered,
    /// to <paramref name="latinWords"/> in reading order: this only reads the instance, so it runs on any thread, and
    /// <see cref="LatinGram"/> numbers the tokens afterwards in the order a single thread would have.
    /// </summary>
    public void AppendHanTo(string text, List<long> grams, List<string> latinWords) => Split(text, grams, latinWords);

    /// <summary>The Latin tokens numbered so far, in the order of their numbers.</summary>
    public IReadOnlyList<string> LatinWords => _latinWords;

    /// <summary>Whether <paramref name="gram"/> is a Latin token's.</summary>
    public static bool IsLatin(long gram) => (gram & LatinTag) != 0;

    /// <summary>The gram of a Latin token <see cref="AppendHanTo"/> listed, numbered if it is new.</summary>
    public long LatinGram(string word) => LatinTag | (uint)Latin(word);

    private void Split(string text, List<long> grams, List<string>? latinWords)
    {
        var start = 0;
        while (start < text.Length)
        {
            var han = IsHan(text[start]);
            if (!han && !IsWord(text[start]))
            {
                start++;
                continue;
            }
            var end = start + 1;
            while (end < text.Length && (han ? IsHan(text[end]) : IsWord(text[end]))) end++;
            if (han) AppendHan(text.AsSpan(start, end - start), grams);
            else if (latinWords is null) grams.Add(LatinGram(text[start..end].ToLowerInvariant()));
            else latinWords.Add(text[start..end].ToLowerInvariant());
            start = end;
        }
    }

    /// <summary>The gram as text ("土地", "5g"), for tests and diagnostics.</summary>
    public string Describe(long gram)
    {
        if (IsLatin(gram)) return _latinWords[(int)(gram & ~LatinTag)];
        var length = (int)(gram >> LengthShift);
        var characters = new char[length];
        for (var i = 0; i < length; i++) characters[i] = (char)((gram >> (16 * (Longest - 1 - i))) & 0xFFFF);
        return new string(characters);
    }

    private void AppendHan(ReadOnlySpan<char> run, List<long> grams)
    {
        for (var n = Shortest; n <= _longest; n++)
        {
            for (var i = 0; i + n <= run.Length; i++)
            {
                var gram = (long)n << LengthShift;
                for (var j = 0; j < n; j++) gram |= (long)run[i + j] << (16 * (Longest - 1 - j));
                grams.Add(gram);
            }
        }
    }

    private int Latin(string word)
    {
        if (_latin.TryGetValue(word, out var id)) return id;
        id = _latinWords.Count;
        _latin[word] = id;
        _latinWords.Add(word);
        return id;
    }

    private static bool IsWord(char c) => c < 0x80 && char.IsLetterOrDigit(c);

    private static bool IsHan(char c) =>
        c is >= '\u3400' and <= '\u9FFF' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter;
}
