using System.Text.RegularExpressions;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// A line that is only a date, as a notice is dated: 2024年12月30日 or 二〇二四年十二月三十日.
/// </summary>
public static partial class DateLine
{
    private const string Number = "[0-9０-９〇零一二三四五六七八九十]+";

    public static DateOnly? Read(string line)
    {
        var match = DatePattern().Match(line.Trim());
        if (!match.Success) return null;
        if (ChineseNumber.Parse(match.Groups["y"].Value) is not { } year
            || ChineseNumber.Parse(match.Groups["m"].Value) is not { } month
            || ChineseNumber.Parse(match.Groups["d"].Value) is not { } day)
            return null;
        if (year is < 1949 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    [GeneratedRegex($@"^[（(]?(?<y>{Number})\s*年\s*(?<m>{Number})\s*月\s*(?<d>{Number})\s*日[）)]?$")]
    private static partial Regex DatePattern();
}
