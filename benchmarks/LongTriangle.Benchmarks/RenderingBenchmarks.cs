using BenchmarkDotNet.Attributes;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Benchmarks;

/// <summary>Rendering every page of the site in both languages from content already read, into a fresh folder.</summary>
[MemoryDiagnoser]
public class RenderingBenchmarks
{
    private SiteContent? _content;

    [GlobalSetup]
    public void ReadContent() => _content = ContentReader.Read(Path.Combine(RepositoryRoot.Find(), "content"));

    [Benchmark(Description = "render the site")]
    public int RenderSite()
    {
        var directory = Path.Combine(Path.GetTempPath(), "longtriangle-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            return SiteRenderer.Render(new SiteModel(_content!, SiteBase.Root), directory).PageCount;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
