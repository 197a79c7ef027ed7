using System.Globalization;
using System.Text;

namespace LongTriangle.Content;

/// <summary>
/// Numbers as policy documents write them: Chinese numerals (一, 十二, 二十三, 一百零五, 〇/零, 两) and
/// Arabic digits (ASCII or full-width). Numbers in eIds are Arabic.
/// </summary>
public static class ChineseNumber
{
    public const string Digits = "〇零一二三四五六七八九十百两";

    /// <summary>Reads a whole number written in Chinese numerals or digits; null when it is not one.</summary>
    public static int? Parse(string text)
    {
        if (text.Length == 0) return null;
        if (text.All(IsArabicDigit))
        {
            var ascii = new string([.. text.Select(c => (char)('0' + ArabicValue(c)))]);
            return int.TryParse(ascii, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 10000 ? n : null;
        }
        if (!text.All(c => Digits.Contains(c))) return null;

        // Digit-by-digit form, as in dates: 二〇二四.
        if (!text.Contains('十') && !text.Contains('百') && text.Length > 1)
        {
            var value = 0;
            foreach (var c in text) value = value * 10 + DigitValue(c)!.Value;
            return value > 0 ? value : null;
        }

        int total = 0, current = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '百':
                    total += (current == 0 ? 1 : current) * 100;
                    current = 0;
                    break;
                case '十':
                    total += (current == 0 ? 1 : current) * 10;
                    current = 0;
                    break;
                default:
                    current = DigitValue(c)!.Value;
                    break;
            }
        }
        total += current;
        return total > 0 ? total : null;
    }

    /// <summary>
    /// Writes numbers as policy documents number their chapters and parts: 1 → 一, 10 → 十, 12 → 十二,
    /// 105 → 一百零五, 1010 → 一千零一十; 10,000 and more (and 0 or less) stay Arabic.
    /// </summary>
    public static string Format(int number)
    {
        if (number is <= 0 or >= 10000) return number.ToString(CultureInfo.InvariantCulture);
        const string digits = "零一二三四五六七八九";
        var text = new StringBuilder();
        var thousands = number / 1000;
        var hundreds = number / 100 % 10;
        var tens = number / 10 % 10;
        var ones = number % 10;
        if (thousands > 0) text.Append(digits[thousands]).Append('千');
        if (hundreds > 0) text.Append(digits[hundreds]).Append('百');
        else if (thousands > 0 && (tens > 0 || ones > 0)) text.Append('零');
        if (tens > 0)
        {
            // 十二, not 一十二, when the number starts with its tens.
            if (number >= 20) text.Append(digits[tens]);
            text.Append('十');
        }
        else if (hundreds > 0 && ones > 0)
        {
            text.Append('零');
        }
        if (ones > 0) text.Append(digits[ones]);
        return text.ToString();
    }

    public static bool IsArabicDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    private static int ArabicValue(char c) => c <= '9' ? c - '0' : c - '０';

    private static int? DigitValue(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => null,
    };
}
