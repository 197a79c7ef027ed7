using System.Globalization;
using System.Text;

namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// The features Chinese policy text is compared on: overlapping runs of two and three Han characters
/// within a phrase (punctuation breaks a phrase, so no gram spans two phrases), and each run of Latin
/// letters or digits as one token (5G, IPv6, 1+N). Chinese has no spaces, and a policy measure is named
/// by a few fixed two- to four-character words, so character grams find the shared words without a
/// dictionary.
/// </summary>
public static class CharacterGrams
{
    public const int Shortest = 2;

    public const int Longest = 3;

    public static IEnumerable<string> Of(string text, int shortest = Shortest, int longest = Longest)
    {
        foreach (var run in Runs(text))
        {
            if (!IsHan(run[0]))
            {
                yield return run.ToLowerInvariant();
                continue;
            }
            for (var n = shortest; n <= longest; n++)
            {
                for (var i = 0; i + n <= run.Length; i++)
                    yield return run.Substring(i, n);
            }
        }
    }

    /// <summary>Maximal runs of Han characters, and of Latin letters and digits.</summary>
    private static IEnumerable<string> Runs(string text)
    {
        var run = new StringBuilder();
        var han = false;
        foreach (var c in text)
        {
            var isHan = IsHan(c);
            var isWord = !isHan && c < 0x80 && char.IsLetterOrDigit(c);
            if ((isHan || isWord) && (run.Length == 0 || han == isHan))
            {
                run.Append(c);
                han = isHan;
                continue;
            }
            if (run.Length > 0) yield return run.ToString();
            run.Clear();
            if (isHan || isWord)
            {
                run.Append(c);
                han = isHan;
            }
        }
        if (run.Length > 0) yield return run.ToString();
    }

    private static bool IsHan(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c is >= '\u3400' and <= '\u9FFF';
}
