using BenchmarkDotNet.Attributes;
using LongTriangle.Publishing.Concordance;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Reading;

namespace LongTriangle.Benchmarks;

/// <summary>
/// The concordance (which plan clause implements which Outline clause) of the site's content, and of
/// corpora of up to 1,000 documents made of copies: the time and memory should grow with the number of
/// clauses, not with its square. Compare with "render the site" (RenderingBenchmarks), which includes it.
/// No job here: run it with the job on the command line (README), in process (on a loaded 2-core machine
/// BenchmarkDotNet's build of a separate benchmark process times out) and with few iterations (an
/// iteration at 1,000 documents takes seconds).
/// </summary>
[MemoryDiagnoser]
public class ConcordanceBenchmarks
{
    private SiteContent? _content;

    /// <summary>Documents in the corpus: the site's five, or copies.</summary>
    [Params(5, 250, 1000)]
    public int Documents { get; set; }

    /// <summary>What is copied to make up the corpus.</summary>
    [Params(CorpusCopies.Library, CorpusCopies.Plans)]
    public CorpusCopies Copies { get; set; }

    [GlobalSetup]
    public void ReadContent()
    {
        var content = ContentReader.Read(Path.Combine(RepositoryRoot.Find(), "content"));
        var implemented = content.Regions[0].Id;
        var documents = new List<PolicyDocument>();
        if (Copies == CorpusCopies.Library)
        {
            // As benchmarks/corpus.py makes the library: every document, round-robin by region and slug, under new slugs.
            var originals = content.Documents.OrderBy(d => d.RegionId, StringComparer.Ordinal).ThenBy(d => d.Slug, StringComparer.Ordinal).ToList();
            for (var i = 0; i < Documents; i++)
            {
                var original = originals[i % originals.Count];
                documents.Add(Documents <= originals.Count ? original : original with { Metadata = original.Metadata with { Slug = $"{original.Slug}-{i + 1:0000}" } });
            }
        }
        else
        {
            // One Outline, and the plans copied until there are as many documents.
            documents.AddRange(content.Documents);
            var plans = content.Documents.Where(d => d.RegionId != implemented).ToList();
            for (var copy = 0; documents.Count < Documents; copy++)
            {
                var plan = plans[copy % plans.Count];
                documents.Add(plan with { Metadata = plan.Metadata with { Slug = $"{plan.Slug}-copy-{copy}" } });
            }
        }
        _content = content with { Documents = [.. documents] };
    }

    [Benchmark(Description = "concordance")]
    public int Concordance() => ConcordanceBuilder.Build(_content!).Links.Length;
}

/// <summary>How a benchmark corpus is made from the site's documents.</summary>
public enum CorpusCopies
{
    /// <summary>Every document copied round-robin, as benchmarks/corpus.py makes the library (so the Outline too: 200 copies in 1,000 documents).</summary>
    Library,

    /// <summary>The Outline once and copies of the plans: every added document is one more plan to link.</summary>
    Plans,
}
