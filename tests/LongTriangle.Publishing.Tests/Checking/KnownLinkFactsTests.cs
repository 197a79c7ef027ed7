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

    private string CachePath => _cache.Combine("cache");

    private string[] CacheEntries() => Directory.GetFiles(Path.Combine(CachePath, CacheArea.LinkFacts.Folder()), "*", SearchOption.AllDirectories);

    [Fact]
    public void Facts_found_from_the_bytes_give_the_report_of_pages_read_from_disk()
    {
        var fromDisk = LinkChecker.Check(_fixture.OutputDirectory, SiteBase.Root);
        fromDisk.Problems.Count.ShouldBeGreaterThanOrEqualTo(5);

        var recorded = LinkChecker.Check(_fixture.OutputDirectory, SiteBase.Root, RecordedInGroups(cache: null, HashKey));

        ShouldBeTheReport(recorded, fromDisk);
    }

    /// <summary>The same counts and the same problems, in the same order.</summary>
    private static void ShouldBeTheReport(LinkReport report, LinkReport fromDisk)
    {
        report.ShouldBe(fromDisk with { Problems = report.Problems });
        report.Problems.ShouldBe(fromDisk.Problems);
    }

    /// <summary>Every page's facts, recorded as the render stage records them: in groups of a folder's pages, each
    /// page under the key <paramref name="keyOf"/> gives it (a stand-in for its build-cache key, which names its bytes);
    /// without a cache, found from the bytes.</summary>
    private KnownLinkFacts RecordedInGroups(BuildCache? cache, Func<string, byte[], string> keyOf, Action<string>? read = null)
    {
        var known = new KnownLinkFacts(SiteBase.Root, cache);
        var pages = Directory.GetFiles(_fixture.OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_fixture.OutputDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var folder in pages.GroupBy(p => p.Split('/')[0]))
        {
            var group = known.Group(folder.Key);
            foreach (var page in folder)
            {
                var bytes = File.ReadAllBytes(Path.Combine(_fixture.OutputDirectory, page));
                group.Add(page, rendered: null, keyOf(page, bytes), () =>
                {
                    read?.Invoke(page);
                    return bytes;
                });
            }
            group.Complete();
        }
        return known;
    }

    private static string HashKey(string page, byte[] bytes) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes));

    [Fact]
    public void Facts_kept_by_group_give_the_same_report_and_are_read_once_a_group()
    {
        var fromDisk = LinkChecker.Check(_fixture.OutputDirectory, SiteBase.Root);
        var cache = BuildCache.Open(CachePath, new ToolFingerprint([1, 2, 3]));
        var read = new List<string>();

        var first = LinkChecker.Check(_fixture.OutputDirectory, SiteBase.Root, RecordedInGroups(cache, HashKey, read.Add));
        read.Count.ShouldBe(fromDisk.Pages);
        var entries = CacheEntries();
        entries.Length.ShouldBeGreaterThan(1);
        entries.Length.ShouldBeLessThan(fromDisk.Pages);
        var written = entries.ToDictionary(e => e, File.GetLastWriteTimeUtc);

        read.Clear();
        var second = LinkChecker.Check(_fixture.OutputDirectory, SiteBase.Root, RecordedInGroups(cache, HashKey, read.Add));
        read.ShouldBeEmpty();   // every page's facts came from its group's entry
        CacheEntries().ToDictionary(e => e, File.GetLastWriteTimeUtc).ShouldBe(written);   // and no entry was written again

        foreach (var report in new[] { first, second }) ShouldBeTheReport(report, fromDisk);
    }

    [Fact]
    public void A_page_whose_key_changed_is_not_given_the_facts_stored_for_its_old_key()
    {
        var cache = BuildCache.Open(CachePath, new ToolFingerprint([1, 2, 3]));
        var before = LinkChecker.Check(_fixture.OutputDirectory, SiteBase.Root, RecordedInGroups(cache, HashKey));
        before.Problems.ShouldNotContain(p => p.Message.Contains("/zh/glossry/"));

        Edit("zh/", "<a href=\"/zh/glossary/\">", "<a href=\"/zh/glossry/\">");
        var read = new List<string>();
        var after = LinkChecker.Check(_fixture.OutputDirectory, SiteBase.Root, RecordedInGroups(cache, HashKey, read.Add));

        read.ShouldBe(["zh/index.html"]);
        after.Problems.ShouldContain(p => p.Page == "zh/index.html" && p.Message.Contains("/zh/glossry/"));
        after.Problems.ShouldBe(LinkChecker.Check(_fixture.OutputDirectory, SiteBase.Root).Problems);

        // The group's entry was written again: a third build reads nothing.
        read.Clear();
        LinkChecker.Check(_fixture.OutputDirectory, SiteBase.Root, RecordedInGroups(cache, HashKey, read.Add)).Problems.ShouldBe(after.Problems);
        read.ShouldBeEmpty();
    }

    [Fact]
    public void Group_entries_are_kept_under_the_site_base()
    {
        var cache = BuildCache.Open(CachePath, new ToolFingerprint([1, 2, 3]));
        var page = "zh/index.html";
        var bytes = File.ReadAllBytes(Path.Combine(_fixture.OutputDirectory, page));
        var read = 0;
        foreach (var site in new[] { SiteBase.Root, SiteBase.Parse("/LongTriangle.Site/"), SiteBase.Root })
        {
            var group = new KnownLinkFacts(site, cache).Group("zh");
            group.Add(page, rendered: null, "key", () =>
            {
                read++;
                return bytes;
            });
            group.Complete();
        }
        read.ShouldBe(2);
        CacheEntries().Length.ShouldBe(2);
    }
}
