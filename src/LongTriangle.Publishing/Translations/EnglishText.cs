using System.Text;
using System.Text.RegularExpressions;

namespace LongTriangle.Publishing.Translations;

/// <summary>
/// English as the checks compare it: NFKC (full-width digits and letters become ASCII), lower case, every
/// kind of dash and hyphen a space, curly quotes straight, runs of white space one space. "Lin-gang",
/// "Lin–gang" and "lin gang" then compare alike, as a reader would take them.
/// </summary>
internal static partial class EnglishText
{
    public static string Normalise(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            folded.Append(c switch
            {
                '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => ' ',
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                '\u201C' or '\u201D' => '"',
                _ => char.ToLowerInvariant(c),
            });
        }
        return Spaces().Replace(folded.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
