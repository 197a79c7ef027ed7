using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Checking;
using LongTriangle.Publishing.Site;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Checking;

/// <summary>
/// The check over facts the render stage recorded (from the pages' bytes, or from the build cache) finds what it
/// finds reading every page from disk: the same problems, in the same order, with the same counts.
/// </summary>
public sealed class KnownLinkFactsTests : IDisposable
{
    private readonly ContentFixture _fixture = new();
    private readonly TempDirectory _cache = new();

    public KnownLinkFactsTests()
    {
        BuiltSite.Build(_fixture).Published.ShouldBeTrue();
        // Damaged every way a page can be wrong on its own and towards others.
        Edit("zh/national/", "/zh/national/outline-2019/#chp_8__sec_1\"", "/zh/national/outline-2019/#chp_8__sec%5F7\"");
        Edit("zh/", "<a href=\"/zh/national/\">", "<a href=\"/zh/nationl/\">");
        Edit("en/national/outline-2019/", "href=\"#chp_9\"", "href=\"#chp_99\"");
        Edit("zh/national/outline-2019/", "id=\"chp_8__sec_2\"", "id=\"chp_8__sec_1\"");
        Edit("en/national/outline-2019/", "id=\"chp_8__sec_1__para_2\"", "id=\"chp_8__sec_1__para_2x\"");
    }

    public void Dispose()
    {
        _cache.Dispose();
        _fixture.Dispose();
    }

    private void Edit(string sitePath, string oldText, string newText)
    {
        var path = Path.Combine(_fixture.OutputDirectory, SiteUrls.FileOf(sitePath));
        var html = File.ReadAllText(path);
        html.ShouldContain(oldText);
        File.WriteAllText(path, html.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>Every page's facts, recorded as the render stage records them: from the bytes written.</summary>
    private KnownLinkFacts Recorded(BuildCache? cache)
    {
        var known = new KnownLinkFacts(SiteBase.Root, cache);
        foreach (var file in Directory.GetFiles(_fixture.OutputDirectory, "*.html", SearchOption.AllDirectories))
            known.Add(Path.GetRelativePath(_fixture.OutputDirectory, file).Replace('\\', '/'), File.ReadAllBytes(file));
        return known;
    }

    private string CachePath => _cache.Combine("cache");

    private string[] CacheEntries() => Directory.GetFiles(Path.Combine(CachePath, CacheArea.LinkFacts.Folder()), "*", SearchOption.AllDirectories);

    [Fact]
    public void Facts_found_from_the_bytes_give_the_report_of_pages_read_from_disk()
    {
        var fromDisk = LinkChecker.Check(_fixture.OutputDirectory, SiteBase.Root);
        fromDisk.Problems.Count.ShouldBeGreaterThanOrEqualTo(5);

        var recorded = LinkChecker.Check(_fixture.OutputDirectory, SiteBase.Root, Recorded(cache: null));

        recorded.ShouldBe(fromDisk with { Problems = recorded.Problems });
        recorded.Problems.ShouldBe(fromDisk.Problems);
    }

    [Fact]
    public void Facts_kept_in_the_build_cache_give_the_same_report_and_are_reused()
    {
        var fromDisk = LinkChecker.Check(_fixture.OutputDirectory, SiteBase.Root);
        var cache = BuildCache.Open(CachePath, new ToolFingerprint([1, 2, 3]));

        var first = LinkChecker.Check(_fixture.OutputDirectory, SiteBase.Root, Recorded(cache));
        var entries = CacheEntries();
        entries.Length.ShouldBe(fromDisk.Pages);

        var second = LinkChecker.Check(_fixture.OutputDirectory, SiteBase.Root, Recorded(cache));
        CacheEntries().ShouldBe(entries, ignoreOrder: true);   // every page's facts came from the cache

        foreach (var report in new[] { first, second })
        {
            report.ShouldBe(fromDisk with { Problems = report.Problems });
            report.Problems.ShouldBe(fromDisk.Problems);
        }
    }

    [Fact]
    public void Facts_are_kept_under_the_page_bytes_path_and_base()
    {
        var cache = BuildCache.Open(CachePath, new ToolFingerprint([1, 2, 3]));
        var page = "zh/index.html";
        var bytes = File.ReadAllBytes(Path.Combine(_fixture.OutputDirectory, page));
        new KnownLinkFacts(SiteBase.Root, cache).Add(page, bytes);
        new KnownLinkFacts(SiteBase.Root, cache).Add("en/index.html", bytes);
        new KnownLinkFacts(SiteBase.Parse("/LongTriangle.Site/"), cache).Add(page, bytes);
        new KnownLinkFacts(SiteBase.Root, cache).Add(page, [.. bytes, (byte)'\n']);
        new KnownLinkFacts(SiteBase.Root, cache).Add(page, bytes);

        CacheEntries().Length.ShouldBe(4);
    }
}
