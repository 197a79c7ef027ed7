using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LongTriangle.Publishing.Translations;

/// <summary>
/// The Arabic numbers, percentages, Latin tokens and measures of a Chinese text that its English must keep:
/// 2025, 95%, 1+8, G60, 5G, PM2.5; 120平方公里 → 120 square kilometers; 10万人 → 100,000 (or 100 thousand,
/// 0.1 million); 12月 → December. Each is a <see cref="Token"/> with the English forms that render it.
/// </summary>
public static partial class NumberMatcher
{
    /// <summary>What must appear in the English: <see cref="Text"/> as the Chinese writes it, and the accepted forms.</summary>
    public sealed record Token(string Text, IReadOnlyList<string> Forms);

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static IReadOnlyList<Token> TokensIn(string chinese)
    {
        // PM_2.5: the underscore is a subscript that lost its markup, not a separator; the English writes PM2.5.
        var text = SubscriptMark().Replace(HalfWidth(chinese), "");
        var tokens = new List<Token>();
        foreach (Match match in TokenPattern().Matches(text))
        {
            var raw = match.Value;
            var after = text[(match.Index + match.Length)..];
            var forms = new List<string>();
            if (raw.EndsWith('%'))
            {
                var number = raw[..^1];
                forms.AddRange([number + "%", number + " percent", number + " per cent"]);
            }
            else if (raw.Any(char.IsAsciiLetter) || raw.Contains('+') || raw.Contains('/'))
            {
                forms.Add(raw);
            }
            else
            {
                var number = raw.Replace(",", "", StringComparison.Ordinal);
                forms.Add(number);
                if (Multiplier(after) is var (multiplier, _) && decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    var whole = value * multiplier;
                    forms.Add(Plain(whole));
                    foreach (var (scale, word) in new[] { (1e3m, "thousand"), (1e6m, "million"), (1e9m, "billion"), (1e12m, "trillion") })
                        if (whole * 10 >= scale) forms.Add(Plain(whole / scale) + " " + word);
                }
                if (after.StartsWith('月') && int.TryParse(number, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
                    forms.Add(Months[month - 1]);
            }
            tokens.Add(new Token(raw, forms.Distinct(StringComparer.Ordinal).ToList()));

            var unitText = Multiplier(after) is var (_, length) ? after[length..] : after;
            foreach (var (zh, en) in MeasureUnits.All)
            {
                if (!unitText.StartsWith(zh, StringComparison.Ordinal)) continue;
                tokens.Add(new Token(zh, en));
                break;
            }
        }
        return tokens;
    }

    /// <summary>Whether the English holds one of the token's forms as a whole word or number.</summary>
    public static bool IsRendered(Token token, string english)
    {
        var text = EnglishText.Normalise(ThousandsSeparator().Replace(english, ""));
        foreach (var form in token.Forms)
        {
            var pattern = @"(?<![\p{L}\p{N}.])" + Regex.Escape(EnglishText.Normalise(form)) + @"(?:s|es|st|nd|rd|th)?(?![\p{L}\p{N}]|\.\d)";
            if (Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))) return true;
        }
        return false;
    }

    /// <summary>
    /// Full-width digits, letters, % and + as ASCII; the full-width comma stays, because in Chinese it
    /// separates clauses (2025，2030), never the thousands of a number.
    /// </summary>
    private static string HalfWidth(string text)
    {
        var half = new StringBuilder(text.Length);
        foreach (var c in text)
            half.Append(c is >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' or '\uFF05' or '\uFF0B'
                ? (char)(c - 0xFEE0)
                : c);
        return half.ToString();
    }

    /// <summary>万, 亿 and 万亿 after a number multiply it.</summary>
    private static (decimal Multiplier, int Length)? Multiplier(string after) =>
        after.StartsWith("万亿", StringComparison.Ordinal) ? (1e12m, 2)
        : after.StartsWith('亿') ? (1e8m, 1)
        : after.StartsWith('万') ? (1e4m, 1)
        : null;

    private static string Plain(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A number (1,000 / 2.5), a percentage, or a Latin token with digits and joiners (G60, PM2.5, 1+8, IPv6).</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9.])[A-Za-z0-9]+(?:[.,+/][A-Za-z0-9]+)*%?")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"(?<=[A-Za-z])_(?=\d)")]
    private static partial Regex SubscriptMark();

    [GeneratedRegex(@"(?<=\d),(?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();
}
