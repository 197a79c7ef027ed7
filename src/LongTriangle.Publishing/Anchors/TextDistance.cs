namespace LongTriangle.Publishing.Anchors;

/// <summary>
/// How far a clause's text moved: the Levenshtein distance between the two texts (in UTF-16 units, which
/// for Chinese are characters) divided by the longer length. 0 = identical, 1 = nothing in common.
/// </summary>
public static class TextDistance
{
    /// <summary>A change up to this share of the text is a typo fix; beyond it the eId names different text.</summary>
    public const double TypoLimit = 0.10;

    public static double Normalised(string before, string after)
    {
        var longer = Math.Max(before.Length, after.Length);
        return longer == 0 ? 0 : (double)Levenshtein(before, after) / longer;
    }

    public static int Levenshtein(string a, string b)
    {
        if (a.Length < b.Length) (a, b) = (b, a);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
