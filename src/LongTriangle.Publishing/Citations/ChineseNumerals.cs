using System.Globalization;
using System.Text;

namespace LongTriangle.Publishing.Citations;

/// <summary>Writes numbers as policy documents number their chapters and parts: 8 → 八, 12 → 十二, 20 → 二十.</summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static string Of(int number)
    {
        if (number <= 0 || number >= 10000) return number.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        var thousands = number / 1000;
        var hundreds = number / 100 % 10;
        var tens = number / 10 % 10;
        var ones = number % 10;
        if (thousands > 0) text.Append(Digits[thousands]).Append('千');
        if (hundreds > 0) text.Append(Digits[hundreds]).Append('百');
        else if (thousands > 0 && (tens > 0 || ones > 0)) text.Append('零');
        if (tens > 0)
        {
            // 十二, not 一十二, when the number starts with its tens.
            if (!(tens == 1 && number < 20)) text.Append(Digits[tens]);
            text.Append('十');
        }
        else if (number >= 100 && ones > 0 && hundreds > 0) text.Append('零');
        if (ones > 0) text.Append(Digits[ones]);
        return text.ToString();
    }
}
