using LongTriangle.Publishing.Concordance;
using LongTriangle.Publishing.Reading;
using Xunit.Abstractions;

namespace LongTriangle.Publishing.Tests.Concordance;

/// <summary>
/// The concordance of the real content against pairs judged by reading both texts: JudgedPairs.tsv
/// (judged before the method was written, never adjusted to it, but the method's thresholds were tuned on
/// it), JudgedPairsHeldOut.tsv (judged after the method was fixed and never used to tune it: the honest
/// figures), and JudgedParallels.tsv (the links between plans of different regions).
/// </summary>
public sealed class ConcordanceQualityTests(ITestOutputHelper output)
{
    private static readonly Lazy<LongTriangle.Publishing.Content.SiteContent> Content =
        new(() => ContentReader.Read(Path.Combine(RepositoryRoot.Path, "content")));

    [Fact]
    public void The_judged_set_is_large_enough_and_names_real_clauses()
    {
        var judged = JudgedSet.Load();
        judged.With(Judgement.Strong, Judgement.Related).Count().ShouldBeGreaterThanOrEqualTo(100);
        judged.With(Judgement.Negative).Count().ShouldBeGreaterThanOrEqualTo(40);
        var keys = Content.Value.Documents.SelectMany(d => d.Clauses.Select(c => $"{d.RegionId}/{d.Slug}#{c.Id.Value}")).ToHashSet(StringComparer.Ordinal);
        judged.Pairs.SelectMany(p => new[] { p.From, p.To }).OfType<string>().Where(k => !keys.Contains(k)).ShouldBeEmpty();
    }

    [Fact]
    public void The_concordance_meets_its_targets_on_the_judged_set()
    {
        var judged = JudgedSet.Load();
        var scores = ConcordanceScores.Measure(ConcordanceBuilder.Build(Content.Value), judged);
        output.WriteLine("concordance: " + scores);

        scores.StrongPrecision.ShouldBeGreaterThanOrEqualTo(0.9);
        scores.StrongRecall.ShouldBeGreaterThanOrEqualTo(0.85);
        scores.StrongOrRelatedRecall.ShouldBeGreaterThanOrEqualTo(0.7);
        scores.NegativesLinked.ShouldBeLessThanOrEqualTo(0.05);
    }

    [Fact]
    public void The_held_out_set_is_measured_apart_from_the_tuning_set()
    {
        var judged = JudgedSet.Load(JudgedSet.HeldOut);
        judged.Pairs.Length.ShouldBeGreaterThanOrEqualTo(40);
        var tuning = JudgedSet.Load().Pairs.Select(p => p.From).ToHashSet(StringComparer.Ordinal);
        judged.Pairs.Where(p => tuning.Contains(p.From)).ShouldBeEmpty("a held-out clause must not be in the tuning set");
        var keys = Content.Value.Documents.SelectMany(d => d.Clauses.Select(c => $"{d.RegionId}/{d.Slug}#{c.Id.Value}")).ToHashSet(StringComparer.Ordinal);
        judged.Pairs.SelectMany(p => new[] { p.From, p.To }).OfType<string>().Where(k => !keys.Contains(k)).ShouldBeEmpty();

        var scores = ConcordanceScores.Measure(ConcordanceBuilder.Build(Content.Value), judged);
        output.WriteLine("concordance on the held-out set: " + scores);
        var naive = ConcordanceScores.Measure(ConcordanceBuilder.Build(Content.Value, ConcordanceMethod.NaiveBigram), judged);
        output.WriteLine("naive baseline on the held-out set: " + naive);

        // Floors under the figures measured when the set was judged (README: precision 0.60, recall 0.40, no
        // negative linked), so that a change which makes the method worse on text it was not tuned on fails here.
        scores.LinkPrecision.ShouldBeGreaterThanOrEqualTo(0.5);
        scores.StrongOrRelatedRecall.ShouldBeGreaterThanOrEqualTo(0.3);
        scores.NegativesLinked.ShouldBeLessThanOrEqualTo(0.2);
    }

    [Fact]
    public void Links_between_plans_are_judged_and_mostly_right()
    {
        var judged = JudgedSet.Load(JudgedSet.Parallels);
        var scores = ParallelScores.Measure(ConcordanceBuilder.Build(Content.Value), judged);
        output.WriteLine("links between plans: " + scores);

        scores.PredictedPairs.ShouldBeGreaterThan(0);
        scores.Unjudged.ShouldBe(0, "judge the new pairs in JudgedParallels.tsv by reading both texts");
        scores.StrongPrecision.ShouldBeGreaterThanOrEqualTo(0.8);
        scores.LinkPrecision.ShouldBeGreaterThanOrEqualTo(0.8);
    }

    [Fact]
    public void The_naive_bigram_baseline_is_measured_on_the_same_set()
    {
        var judged = JudgedSet.Load();
        var scores = ConcordanceScores.Measure(ConcordanceBuilder.Build(Content.Value, ConcordanceMethod.NaiveBigram), judged);
        output.WriteLine("naive character-bigram TF-IDF cosine: " + scores);
        // The baseline is reported, not held to the targets; it must at least find something.
        scores.PredictedLinks.ShouldBeGreaterThan(0);
    }
}
