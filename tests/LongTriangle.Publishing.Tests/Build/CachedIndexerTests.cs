using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Search;
using LongTriangle.Publishing.Site;
using LongTriangle.Publishing.Tests.Fixtures;
using LongTriangle.Publishing.Tests.Search;

namespace LongTriangle.Publishing.Tests.Build;

/// <summary>
/// The search index cached per language, with the real Pagefind: a build reuses the index of every language whose
/// pages did not change, indexes the others again, and publishes the bundle a build without the cache publishes.
/// </summary>
public sealed class CachedIndexerTests : IDisposable
{
    private readonly ContentFixture _content = new();
    private readonly TempDirectory _cache = new();

    public void Dispose()
    {
        _content.Dispose();
        _cache.Dispose();
    }

    private BuildResult Build(string output, bool cached = true, int partSize = PagefindPages.DefaultDocumentsPerPart)
    {
        var options = new BuildOptions(_content.ContentDirectory, Path.Combine(_content.Root, output), SiteBase.Root,
            Cache: cached ? BuildCache.Open(_cache.Combine("cache"), new ToolFingerprint([1, 2, 3])) : null) { IndexPartSize = partSize };
        var result = new SiteBuild(IndexedSite.Indexer()).Run(options, new QuietStages());
        result.Published.ShouldBeTrue();
        return result;
    }

    private string Bundle(string output) => Path.Combine(_content.Root, output, PagefindOptions.BundleFolder);

    /// <summary>Every file of both bundles, byte for byte, with the same names.</summary>
    private void ShouldBeTheSameBundle(string output, string other)
    {
        string[] Files(string root) => [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
        var files = Files(Bundle(output));
        files.ShouldBe(Files(Bundle(other)));
        files.Length.ShouldBeGreaterThan(10);
        foreach (var file in files)
            File.ReadAllBytes(Path.Combine(Bundle(output), file)).ShouldBe(File.ReadAllBytes(Path.Combine(Bundle(other), file)), file);
    }

    /// <summary>Every file of both sites, the search bundle among them, byte for byte, with the same names.</summary>
    private void ShouldBeTheSameSite(string output, string other)
    {
        var root = Path.Combine(_content.Root, output);
        var otherRoot = Path.Combine(_content.Root, other);
        string[] Files(string folder) => [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
        var files = Files(root);
        files.ShouldBe(Files(otherRoot));
        foreach (var file in files)
            File.ReadAllBytes(Path.Combine(root, file)).ShouldBe(File.ReadAllBytes(Path.Combine(otherRoot, file)), file);
    }

    /// <summary>The parts the build line names as reused (none when it names none).</summary>
    private static string[] Reused(BuildResult result) =>
        result.IndexSummary!.Split(", reused (") is [_, var list] ? list.TrimEnd(')').Split(", ") : [];

    private string SitePage(string output, string page) => Path.Combine(_content.Root, output, page);

    [Fact]
    public void A_change_Pagefind_ignores_on_the_indexed_pages_re_indexes_nothing_and_equals_a_build_without_the_cache()
    {
        Build("_site");
        string[] pages = ["zh/national/outline-2019/index.html", "zh-hant/national/outline-2019/index.html"];
        var before = pages.Select(p => File.ReadAllBytes(SitePage("_site", p))).ToList();
        // The parts missing from the source are listed in the document's metadata, which is marked data-pagefind-ignore.
        _content.Replace("zh/national/outline-2019.md", "\"第八章以前的部分内容\"", "\"第八章以前的部分内容（飞艇港）\"");

        var result = Build("_site");
        Build("full", cached: false);

        // The indexed pages changed (the test is not empty), but not in anything Pagefind reads: every part is reused.
        for (var i = 0; i < pages.Length; i++) File.ReadAllBytes(SitePage("_site", pages[i])).ShouldNotBe(before[i], pages[i]);
        File.ReadAllText(SitePage("_site", pages[0])).ShouldContain("第八章以前的部分内容（飞艇港）");
        result.IndexSummary.ShouldEndWith(", reused (en, zh-hans, zh-hant)");
        ShouldBeTheSameSite("_site", "full");
    }

    [Fact]
    public void A_change_to_a_meta_value_inside_an_ignored_element_re_indexes_the_pages_showing_it_and_equals_a_build_without_the_cache()
    {
        Build("_site");
        // The document type is shown in the ignored metadata, on an element whose attribute Pagefind reads as the meta "type".
        _content.Replace("zh/national/outline-2019.md", "type: \"规划纲要\"", "type: \"发展规划纲要\"");

        var result = Build("_site");
        Build("full", cached: false);

        File.ReadAllText(SitePage("_site", "zh/national/outline-2019/index.html")).ShouldContain("data-pagefind-meta=\"type[data-filter-value]\" data-filter-value=\"发展规划纲要\"");
        // Indexed again: the Chinese pages show the type (the English one shows its translation).
        Reused(result).ShouldNotContain("zh-hans");
        Reused(result).ShouldNotContain("zh-hant");
        ShouldBeTheSameSite("_site", "full");
    }

    [Fact]
    public void A_change_to_a_documents_title_re_indexes_the_pages_showing_it_and_equals_a_build_without_the_cache()
    {
        Build("_site", partSize: 1);
        // The title is the h1 in the indexed element (Pagefind's title and a heading with the highest weight).
        _content.Replace("zh/national/outline-2019.md", "title: \"长江三角洲区域一体化发展规划纲要\"", "title: \"长江三角洲区域一体化发展规划纲要（飞艇港版）\"");

        var result = Build("_site", partSize: 1);
        Build("full", cached: false, partSize: 1);

        // The parts holding the Outline's pages indexed again; the other documents' parts reused.
        var bucket = PagefindPages.PartOf("national/outline-2019", 8);
        result.IndexSummary!.ShouldContain(" parts reused, indexed (");
        result.IndexSummary!.ShouldContain($"zh-hans-p{bucket}");
        ShouldBeTheSameSite("_site", "full");
    }

    [Fact]
    public void Unchanged_pages_reuse_every_language_and_publish_the_same_bundle()
    {
        Build("first").IndexSummary!.ShouldNotContain("reused");

        Build("second").IndexSummary.ShouldEndWith(", reused (en, zh-hans, zh-hant)");

        ShouldBeTheSameBundle("second", "first");
    }

    [Fact]
    public void A_change_to_the_English_text_alone_re_indexes_English_only_and_equals_a_build_without_the_cache()
    {
        Build("_site");
        _content.Replace("en/national/outline-2019.yml", "coordinate opening-up at a higher level", "coordinate opening-up at a higher level with the zeppelin harbour");

        var result = Build("_site");
        Build("full", cached: false);

        result.IndexSummary.ShouldEndWith(", reused (zh-hans, zh-hant)"); // English indexed again, the two Chinese indexes reused
        ShouldBeTheSameBundle("_site", "full");
        SearchQuery.One(Path.Combine(_content.Root, "_site"), "en", "zeppelin").Results.Select(r => r.Url)
            .ShouldBe(["/en/national/outline-2019/#chp_8__para_1"]);
    }

    [Fact]
    public void A_change_to_the_Chinese_text_re_indexes_every_language_that_shows_it()
    {
        Build("_site");
        // A clause without translation: the English page shows it in Chinese, the Traditional page converted.
        _content.Replace("zh/shanghai/shanghai-urbanisation-2024.md", "。 {#part_2__sec_1", "，并设立飞艇港。 {#part_2__sec_1");

        var result = Build("_site");
        Build("full", cached: false);

        result.IndexSummary!.ShouldNotContain("reused");
        ShouldBeTheSameBundle("_site", "full");
        SearchQuery.One(Path.Combine(_content.Root, "_site"), "zh", "飞艇港").Results.ShouldNotBeEmpty();
    }

    [Fact]
    public void In_parts_a_change_to_one_document_re_indexes_the_part_holding_it_only_and_equals_a_build_without_the_cache()
    {
        // One document a part on average: the five documents spread over eight buckets, several parts a language.
        Build("_site", partSize: 1).IndexSummary!.ShouldContain(" parts, ");
        _content.Replace("en/national/outline-2019.yml", "coordinate opening-up at a higher level", "coordinate opening-up at a higher level with the zeppelin harbour");

        var result = Build("_site", partSize: 1);
        Build("full", cached: false, partSize: 1);

        // English indexed again in the part holding the Outline only; every other part of every language reused.
        var bucket = PagefindPages.PartOf("national/outline-2019", 8);
        result.IndexSummary!.ShouldEndWith($" parts reused, indexed (en-p{bucket})");
        ShouldBeTheSameBundle("_site", "full");
        Directory.GetDirectories(Bundle("_site")).Select(Path.GetFileName).ShouldContain(name => name!.StartsWith("en-p", StringComparison.Ordinal));
        SearchQuery.One(Path.Combine(_content.Root, "_site"), "en", "zeppelin").Results.Select(r => r.Url)
            .ShouldBe(["/en/national/outline-2019/#chp_8__para_1"]);
    }

    [Fact]
    public void A_part_whose_cached_entry_is_damaged_is_indexed_again_after_the_others_and_equals_a_build_without_the_cache()
    {
        Build("_site", partSize: 1);
        var bundle = Path.Combine(_content.Root, "first-bundle");
        CopyFolder(Bundle("_site"), bundle);
        // The cache holds the entry (a part's files, the only entries of the area larger than a page's digest), so it is
        // scheduled with the parts taken from the cache; one byte in its middle changed, it is found damaged when opened.
        var entries = Directory.GetFiles(Path.Combine(_cache.Combine("cache"), CacheArea.SearchIndex.Folder()), "*", SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).Length > 1024).Order(StringComparer.Ordinal).ToList();
        entries.Count.ShouldBeGreaterThan(3);
        var damaged = entries[0];
        var bytes = File.ReadAllBytes(damaged);
        bytes[bytes.Length / 2] ^= 0x5a;
        File.WriteAllBytes(damaged, bytes);

        var result = Build("_site", partSize: 1);
        Build("full", cached: false, partSize: 1);

        // One part indexed again, every other reused; the same bundle as before and as a build without the cache.
        result.IndexSummary!.ShouldContain($" {entries.Count - 1} parts reused, indexed (");
        result.IndexSummary!.Split(", indexed (")[1].TrimEnd(')').Split(", ").Length.ShouldBe(1);
        ShouldBeTheSameSite("_site", "full");
        string[] Files(string root) => [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
        Files(Bundle("_site")).ShouldBe(Files(bundle));
        foreach (var file in Files(bundle))
            File.ReadAllBytes(Path.Combine(Bundle("_site"), file)).ShouldBe(File.ReadAllBytes(Path.Combine(bundle, file)), file);
        // The damaged entry was replaced by the part indexed again: a third build reuses every part.
        Build("_site", partSize: 1).IndexSummary!.ShouldContain($" {entries.Count} parts reused, indexed (none)");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
