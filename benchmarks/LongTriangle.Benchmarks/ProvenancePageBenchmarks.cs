using BenchmarkDotNet.Attributes;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Rendering;
using LongTriangle.Publishing.Site;
using LongTriangle.Theme.Pages;

namespace LongTriangle.Benchmarks;

/// <summary>
/// The provenance pages alone (every document in every rendition): making their views from provenance trees already
/// in memory, and rendering those views to HTML. The trees are made once in the setup, so the figures leave out
/// reading (and making again) the provenance files, which is the read stage's cost.
/// </summary>
[MemoryDiagnoser]
public class ProvenancePageBenchmarks
{
    private SiteModel? _site;
    private IReadOnlyList<SitePage> _pages = [];
    private IReadOnlyList<object> _views = [];
    private readonly PageRenderer _renderer = new();

    [GlobalSetup]
    public void Prepare()
    {
        var content = ContentReader.Read(Path.Combine(RepositoryRoot.Find(), "content"));
        // Trees held in memory, so that a view does not make its tree again from the packed file.
        content = content with
        {
            Documents = [.. content.Documents.Select(d => d.Provenance is { } p ? d with { Provenance = new Provenance(p.Root) } : d)],
        };
        _site = new SiteModel(content, SiteBase.Root);
        _pages = [.. SitePlanner.Plan(_site).Where(p => p.Component == typeof(ProvenancePage))];
        _views = [.. _pages.Select(p => p.View())];
    }

    [GlobalCleanup]
    public void Dispose() => _renderer.Dispose();

    [Benchmark(Description = "make the provenance views")]
    public int MakeViews() => _pages.Sum(p => p.View().GetHashCode() & 1);

    [Benchmark(Description = "render the provenance pages")]
    public int RenderPages()
    {
        var length = 0;
        for (var i = 0; i < _pages.Count; i++)
            length += _renderer.Render(_pages[i].Component, _views[i]).Length;
        return length;
    }
}
