using System.Collections.Frozen;

namespace LongTriangle.Conversion.Reading;

/// <summary>
/// Which Han characters are in everyday use, in either script: the first level of GB 2312 (the 3,755
/// most frequent Simplified characters) and the first level of Big5 (the 5,401 frequently used
/// Traditional characters). Both are ranges of the code pages themselves, so no word list is needed.
/// Used to judge which decoding of unknown bytes yields real text, and whether a repair is plausible.
/// </summary>
public sealed class CommonHanzi
{
    private readonly FrozenSet<int> simplified;
    private readonly FrozenSet<int> traditional;

    public CommonHanzi(LegacyEncodings encodings)
    {
        simplified = Collect(encodings.Gbk, 0xB0, 0xD7, 0xA1, 0xFE);
        traditional = CollectBig5(encodings.Big5);
    }

    public bool IsCommon(int codePoint) => simplified.Contains(codePoint) || traditional.Contains(codePoint);

    public static bool IsHan(int codePoint) =>
        codePoint is >= 0x4E00 and <= 0x9FFF
            or >= 0x3400 and <= 0x4DBF
            or >= 0xF900 and <= 0xFAFF
            or >= 0x20000 and <= 0x3134F;

    /// <summary>Han characters, CJK punctuation and full-width forms: the context that makes text Chinese.</summary>
    public static bool IsCjk(int codePoint) =>
        IsHan(codePoint)
            || codePoint is >= 0x3000 and <= 0x303F
            || codePoint is >= 0xFF01 and <= 0xFF60
            || codePoint is 0x2014 or 0x2018 or 0x2019 or 0x201C or 0x201D or 0x2026 or 0x00B7 or 0x2236 or 0x25A1;

    /// <summary>
    /// Share of Han characters that are common, weighted so that text without Han scores neutrally;
    /// replacement characters, private-use and control characters count against the text.
    /// </summary>
    public double Plausibility(string text)
    {
        int han = 0, common = 0, bad = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value;
            if (IsHan(value))
            {
                han++;
                if (IsCommon(value))
                {
                    common++;
                }
            }
            else if (value == 0xFFFD || value is >= 0xE000 and <= 0xF8FF || value < 0x20 && value != '\t')
            {
                bad++;
            }
        }

        if (han + bad == 0)
        {
            return 0.5;
        }

        return (double)common / (han + bad * 2);
    }

    private static FrozenSet<int> Collect(System.Text.Encoding encoding, int leadFrom, int leadTo, int trailFrom, int trailTo)
    {
        var set = new HashSet<int>();
        Span<byte> pair = stackalloc byte[2];
        for (var lead = leadFrom; lead <= leadTo; lead++)
        {
            for (var trail = trailFrom; trail <= trailTo; trail++)
            {
                pair[0] = (byte)lead;
                pair[1] = (byte)trail;
                if (LegacyEncodings.TryDecode(encoding, pair) is { Length: 1 } s && IsHan(s[0]))
                {
                    set.Add(s[0]);
                }
            }
        }

        return set.ToFrozenSet();
    }

    private static FrozenSet<int> CollectBig5(System.Text.Encoding big5)
    {
        // Big5 level 1: A440–C67E, trail bytes 40–7E and A1–FE.
        var set = new HashSet<int>();
        Span<byte> pair = stackalloc byte[2];
        for (var lead = 0xA4; lead <= 0xC6; lead++)
        {
            for (var trail = 0x40; trail <= 0xFE; trail++)
            {
                if (trail is > 0x7E and < 0xA1 || lead == 0xC6 && trail > 0x7E)
                {
                    continue;
                }

                pair[0] = (byte)lead;
                pair[1] = (byte)trail;
                if (LegacyEncodings.TryDecode(big5, pair) is { Length: 1 } s && IsHan(s[0]))
                {
                    set.Add(s[0]);
                }
            }
        }

        return set.ToFrozenSet();
    }
}
