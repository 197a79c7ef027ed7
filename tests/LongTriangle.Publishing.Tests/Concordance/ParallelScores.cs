using System.Globalization;
using LongTriangle.Publishing.Concordance;

namespace LongTriangle.Publishing.Tests.Concordance;

/// <summary>
/// How the links between plans fare on the pairs judged in JudgedParallels.tsv (a pair is judged once,
/// in either direction): the share of links called strong that were judged strong, the share of all links
/// judged strong or related, and how many linked pairs are not judged at all.
/// </summary>
public sealed record ParallelScores(
    double StrongPrecision, int PredictedStrong,
    double LinkPrecision, int PredictedPairs,
    int Unjudged)
{
    public static ParallelScores Measure(ClauseConcordance concordance, JudgedSet judged)
    {
        var pairs = concordance.Parallels.Where(l => string.CompareOrdinal(l.From.Key, l.To.Key) < 0).ToList();
        Judgement? Of(ConcordanceLink l) => judged.Of(l.From.Key, l.To.Key) ?? judged.Of(l.To.Key, l.From.Key);
        var strong = pairs.Where(l => l.Strength == LinkStrength.Strong).ToList();
        return new ParallelScores(
            Ratio(strong.Count(l => Of(l) == Judgement.Strong), strong.Count), strong.Count,
            Ratio(pairs.Count(l => Of(l) is Judgement.Strong or Judgement.Related), pairs.Count), pairs.Count,
            pairs.Count(l => Of(l) is null));
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : part / (double)whole;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"strong precision {StrongPrecision:0.000} ({PredictedStrong} pairs called strong), any-link precision {LinkPrecision:0.000} ({PredictedPairs} pairs), not judged {Unjudged}");
}
