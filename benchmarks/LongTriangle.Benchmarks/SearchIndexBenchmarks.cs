using BenchmarkDotNet.Attributes;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Search;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Benchmarks;

/// <summary>
/// Pagefind indexing the rendered site (the build's index stage): the budget is under two seconds
/// for the five documents. Each run indexes a fresh copy of the rendered pages without an index.
/// </summary>
public class SearchIndexBenchmarks
{
    private SiteModel? _site;
    private PagefindIndexer? _indexer;
    private string _directory = "";

    [GlobalSetup]
    public void Render()
    {
        var root = RepositoryRoot.Find();
        _site = new SiteModel(ContentReader.Read(Path.Combine(root, "content")), SiteBase.Root);
        _indexer = PagefindLocator.Indexer(root);
    }

    [IterationSetup]
    public void WriteSite()
    {
        _directory = Path.Combine(Path.GetTempPath(), "longtriangle-bench-" + Guid.NewGuid().ToString("N"));
        SiteRenderer.Render(_site!, _directory);
    }

    [IterationCleanup]
    public void RemoveSite() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Description = "index the site with Pagefind")]
    public string Index() => new CachedIndexer(_indexer!, null).Run(_directory, PagefindPages.Parts(_site!.Content)).Line;
}
