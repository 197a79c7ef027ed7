using System.Text;

namespace LongTriangle.Conversion.Cleaning.Pinyin;

/// <summary>
/// A pinyin syllable reduced to its letters and tone, so that "qū", "qu1" and "QŪ" compare equal and
/// "lǜ", "lv4" and "lü4" do too. Tone 0 means no tone was written (or the neutral tone).
/// </summary>
public readonly record struct PinyinSyllable(string Letters, int Tone)
{
    private const string Marked = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    private const string Bases = "aaaaeeeeiiiioooouuuuüüüünnnm";
    private static readonly int[] MarkedTones = [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 2, 3, 4, 2];

    /// <summary>True for a vowel (or n, m) carrying a tone mark, in either case.</summary>
    public static bool IsToneMark(char c) => Marked.Contains(char.ToLowerInvariant(c));

    /// <summary>Parses tone-marked or tone-numbered pinyin; null when the text is not one syllable's letters.</summary>
    public static PinyinSyllable? Parse(string text)
    {
        if (text.Length is 0 or > 8)
        {
            return null;
        }

        var letters = new StringBuilder(text.Length);
        var tone = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            var marked = Marked.IndexOf(c);
            if (marked >= 0)
            {
                if (tone != 0)
                {
                    return null;
                }

                tone = MarkedTones[marked];
                letters.Append(Bases[marked]);
            }
            else if (c is >= 'a' and <= 'z' or 'ü' or 'ê')
            {
                letters.Append(c == 'v' ? 'ü' : c == 'ê' ? 'e' : c);
            }
            else if (c is >= '1' and <= '5' && i == text.Length - 1 && tone == 0 && letters.Length > 0)
            {
                tone = c == '5' ? 0 : c - '0';
            }
            else
            {
                return null;
            }
        }

        return letters.Length == 0 ? null : new PinyinSyllable(letters.ToString(), tone);
    }
}
