using LongTriangle.Conversion.Cleaning.Layout;

namespace LongTriangle.Conversion.Cleaning.Chrome;

/// <summary>
/// How much of a line repeats the rest of the page, by shared runs of six characters (Han and digits
/// only, so that punctuation and spacing differences do not hide a repeat). A page's lede, summary or
/// title card repeats the document; the document rarely repeats itself at that length.
/// </summary>
internal sealed class TextOverlap
{
    private const int Gram = 6;

    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    public TextOverlap(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            foreach (var gram in Grams(line))
            {
                counts[gram] = counts.GetValueOrDefault(gram) + 1;
            }
        }
    }

    /// <summary>The share (0–1) of the line's runs that also occur in another line; 0 for lines too short to judge.</summary>
    public double RepeatedShare(string line)
    {
        var grams = Grams(line).ToList();
        if (grams.Count < 8)
        {
            return 0;
        }

        var own = grams.GroupBy(g => g, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var repeated = grams.Count(g => counts.GetValueOrDefault(g) > own[g]);
        return (double)repeated / grams.Count;
    }

    private static IEnumerable<string> Grams(string line)
    {
        var letters = new string([.. line.Where(c => LineShape.IsHan(c) || char.IsAsciiDigit(c))]);
        for (var i = 0; i + Gram <= letters.Length; i++)
        {
            yield return letters.Substring(i, Gram);
        }
    }
}
