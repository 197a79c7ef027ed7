using System.Globalization;
using LongTriangle.Publishing.Concordance;

namespace LongTriangle.Publishing.Tests.Concordance;

/// <summary>
/// How a concordance fares on the judged set, at top-3 links per plan clause:
/// strong precision (links it calls strong that were judged strong, among fully judged clauses),
/// strong recall and strong + related recall (judged pairs it links at all), any-link precision, and
/// the share of hard negatives it links.
/// </summary>
public sealed record ConcordanceScores(
    double StrongPrecision, int PredictedStrong,
    double LinkPrecision, int PredictedLinks,
    double StrongRecall, double StrongAsStrongRecall, int GoldStrong,
    double StrongOrRelatedRecall, int GoldStrongOrRelated,
    double NegativesLinked, int Negatives,
    int NoneClausesLinked, int NoneClauses)
{
    public static ConcordanceScores Measure(ClauseConcordance concordance, JudgedSet judged)
    {
        var predicted = concordance.Links.ToDictionary(l => (l.From.Key, l.To.Key));
        var fully = judged.FullyJudged;
        var inWorld = concordance.Links.Where(l => fully.Contains(l.From.Key)).ToList();
        var strong = inWorld.Where(l => l.Strength == LinkStrength.Strong).ToList();
        var strongRight = strong.Count(l => judged.Of(l.From.Key, l.To.Key) == Judgement.Strong);
        var linksRight = inWorld.Count(l => judged.Of(l.From.Key, l.To.Key) is Judgement.Strong or Judgement.Related);

        var goldStrong = judged.With(Judgement.Strong).ToList();
        var goldAny = judged.With(Judgement.Strong, Judgement.Related).ToList();
        var negatives = judged.With(Judgement.Negative).ToList();
        var none = judged.With(Judgement.None).ToList();
        bool Linked(JudgedPair p) => predicted.ContainsKey((p.From, p.To!));
        return new ConcordanceScores(
            Ratio(strongRight, strong.Count), strong.Count,
            Ratio(linksRight, inWorld.Count), inWorld.Count,
            Ratio(goldStrong.Count(Linked), goldStrong.Count),
            Ratio(goldStrong.Count(p => predicted.TryGetValue((p.From, p.To!), out var l) && l.Strength == LinkStrength.Strong), goldStrong.Count),
            goldStrong.Count,
            Ratio(goldAny.Count(Linked), goldAny.Count), goldAny.Count,
            Ratio(negatives.Count(Linked), negatives.Count), negatives.Count,
            none.Count(p => concordance.From(p.From).Length > 0), none.Count);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : part / (double)whole;

    /// <summary>A ratio with three decimals, or n/a when nothing was counted (a strong precision without strong links).</summary>
    private static string Figure(double ratio, int whole) =>
        whole == 0 ? "n/a" : ratio.ToString("0.000", CultureInfo.InvariantCulture);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"strong precision {Figure(StrongPrecision, PredictedStrong)} ({PredictedStrong} predicted strong), any-link precision {Figure(LinkPrecision, PredictedLinks)} ({PredictedLinks} links), " +
        $"strong recall {Figure(StrongRecall, GoldStrong)} (as strong {Figure(StrongAsStrongRecall, GoldStrong)}; {GoldStrong} judged), strong+related recall {Figure(StrongOrRelatedRecall, GoldStrongOrRelated)} ({GoldStrongOrRelated} judged), " +
        $"hard negatives linked {NegativesLinked:0.000} (of {Negatives}), clauses judged to implement nothing that were linked {NoneClausesLinked} of {NoneClauses}");
}
