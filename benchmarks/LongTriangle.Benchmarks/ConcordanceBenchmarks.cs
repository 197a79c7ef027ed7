using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LongTriangle.Publishing.Concordance;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Reading;

namespace LongTriangle.Benchmarks;

/// <summary>
/// The concordance (which plan clause implements which Outline clause) of the site's content, and of a
/// corpus of up to 1,000 documents made of copies of the plans: the time should grow with the number of
/// plan clauses, not with its square (the Outline's clauses are an inverted index; a plan clause is scored
/// only against the clauses it shares an informative gram with). Compare with "render the site"
/// (RenderingBenchmarks), which includes it.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ConcordanceBenchmarks
{
    private SiteContent? _content;

    /// <summary>Documents in the corpus: the site's five, or copies of its plans beside the Outline.</summary>
    [Params(5, 250, 500, 1000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void ReadContent()
    {
        var content = ContentReader.Read(Path.Combine(RepositoryRoot.Find(), "content"));
        var implemented = content.Regions[0].Id;
        var plans = content.Documents.Where(d => d.RegionId != implemented).ToList();
        var documents = content.Documents.ToList();
        for (var copy = 0; documents.Count < Documents; copy++)
        {
            var plan = plans[copy % plans.Count];
            documents.Add(plan with { Metadata = plan.Metadata with { Slug = $"{plan.Slug}-copy-{copy}" } });
        }
        _content = content with { Documents = [.. documents.Take(Math.Max(Documents, content.Documents.Length))] };
    }

    [Benchmark(Description = "concordance")]
    public int Concordance() => ConcordanceBuilder.Build(_content!).Links.Length;
}
