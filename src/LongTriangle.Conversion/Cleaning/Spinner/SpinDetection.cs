using LongTriangle.Conversion.Cleaning.Layout;

namespace LongTriangle.Conversion.Cleaning.Spinner;

/// <summary>
/// How strongly a text shows a spinner's signature: how many signature phrases it holds, how many
/// different ones, per thousand Han characters. A genuine policy text may contain one or two such words
/// (成长, 劣势); a spun copy holds dozens of different ones on every page.
/// </summary>
public sealed record SpinDetection(int SignatureHits, int DistinctSignatures, int HanCharacters)
{
    /// <summary>Different signature phrases a text must show before it is treated as spun.</summary>
    public const int MinimumDistinctSignatures = 8;

    /// <summary>Signature phrases per thousand Han characters a text must reach before it is treated as spun.</summary>
    public const double MinimumPerThousand = 3.0;

    public double PerThousand => HanCharacters == 0 ? 0 : SignatureHits * 1000.0 / HanCharacters;

    public bool IsSpun => DistinctSignatures >= MinimumDistinctSignatures && PerThousand >= MinimumPerThousand;

    public static SpinDetection Of(IEnumerable<string> lines, SpinnerPhraseTable table)
    {
        var hits = 0;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var han = 0;
        var applied = new List<SpinnerPhrase>();
        foreach (var line in lines)
        {
            han += LineShape.HanCount(line);
            applied.Clear();
            table.Restore(line, applied);
            foreach (var phrase in applied.Where(p => p.IsSignature))
            {
                hits++;
                distinct.Add(phrase.Spun);
            }
        }

        return new SpinDetection(hits, distinct.Count, han);
    }
}
