using LongTriangle.Publishing.Assets;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Site;
using LongTriangle.Publishing.Tests.Fixtures;
using LongTriangle.Theme;

namespace LongTriangle.Publishing.Tests.Build;

public sealed class SiteBuildTests
{
    [Fact]
    public void A_build_publishes_every_page_in_both_languages()
    {
        using var fixture = new ContentFixture();
        var result = BuiltSite.Build(fixture);

        result.Problems.ShouldBeEmpty();
        result.Published.ShouldBeTrue();
        foreach (var page in new[]
        {
            "index.html", "zh/index.html", "en/index.html",
            "zh/national/index.html", "en/anhui/index.html",
            "zh/national/outline-2019/index.html", "en/national/outline-2019/index.html",
            "zh/national/outline-2019/parallel/index.html", "en/shanghai/shanghai-urbanisation-2024/parallel/index.html",
            "zh/national/outline-2019/provenance/index.html",
            "404.html", "en/404.html", "sitemap.xml", "robots.txt", "data/index.json", "data/outline-2019.json",
            "assets/css/site.css", "assets/css/print.css", "assets/js/site.js", "assets/js/colour-scheme.js",
        })
        {
            File.Exists(Path.Combine(fixture.OutputDirectory, page)).ShouldBeTrue(page);
        }
        Directory.GetDirectories(fixture.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ToArray().ShouldBe(["_site", "content"], "the staging folder is gone after the swap");
    }

    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        using var fixture = new ContentFixture();
        using var other = new TempDirectory();
        BuiltSite.Build(fixture).Published.ShouldBeTrue();
        var second = new SiteBuild().Run(
            new BuildOptions(fixture.ContentDirectory, other.Combine("_site"), SiteBase.Root), new QuietStages());
        second.Published.ShouldBeTrue();

        var first = Files(fixture.OutputDirectory);
        var again = Files(other.Combine("_site"));
        again.Keys.ShouldBe(first.Keys);
        foreach (var (path, bytes) in first)
            again[path].SequenceEqual(bytes).ShouldBeTrue(path);
    }

    [Fact]
    public void The_published_stylesheets_and_scripts_are_the_theme_minified()
    {
        using var fixture = new ContentFixture();
        BuiltSite.Build(fixture).Published.ShouldBeTrue();

        foreach (var (path, source) in ThemeAssets.Embedded().Where(a => a.Path.EndsWith(".css", StringComparison.Ordinal) || a.Path.EndsWith(".js", StringComparison.Ordinal)))
        {
            var published = File.ReadAllBytes(Path.Combine(fixture.OutputDirectory, "assets", path));
            published.Length.ShouldBeLessThan(source.Length, path);
            published.ShouldBe(ThemeAssetMinifier.Minify(path, source), path);
        }
    }

    [Fact]
    public void A_failed_link_check_leaves_the_previous_site_untouched()
    {
        using var fixture = new ContentFixture();
        BuiltSite.Build(fixture).Published.ShouldBeTrue();
        var before = Files(fixture.OutputDirectory);

        // A theme without its script: every page links to a file that is not there.
        using var assets = new TempDirectory();
        Directory.CreateDirectory(assets.Combine("css"));
        File.WriteAllText(assets.Combine("css", "site.css"), "body{}");
        File.WriteAllText(assets.Combine("css", "print.css"), "body{}");
        fixture.Replace("zh/national/outline-2019.md", "协力办好", "全力办好");
        var result = new SiteBuild().Run(
            new BuildOptions(fixture.ContentDirectory, fixture.OutputDirectory, SiteBase.Root, assets.Path), new QuietStages());

        result.Published.ShouldBeFalse();
        result.Problems.ShouldContain(p => p.Message.Contains("assets/js/site.js", StringComparison.Ordinal));
        Files(fixture.OutputDirectory).Keys.ShouldBe(before.Keys);
        File.ReadAllText(Path.Combine(fixture.OutputDirectory, "zh/national/outline-2019/index.html")).ShouldContain("协力办好");
        Directory.GetDirectories(fixture.Root).Length.ShouldBe(2, "the staging folder is removed");
    }

    [Fact]
    public void A_failing_indexer_leaves_the_previous_site_untouched()
    {
        using var fixture = new ContentFixture();
        BuiltSite.Build(fixture).Published.ShouldBeTrue();
        fixture.Replace("zh/national/outline-2019.md", "协力办好", "全力办好");

        Should.Throw<InvalidOperationException>(() => BuiltSite.Build(fixture, indexer: new FailingIndexer()));

        File.ReadAllText(Path.Combine(fixture.OutputDirectory, "zh/national/outline-2019/index.html")).ShouldContain("协力办好");
        Directory.GetDirectories(fixture.Root).Length.ShouldBe(2, "the staging folder is removed");
    }

    [Theory]
    [InlineData("read", false)]
    [InlineData("render", false)]
    [InlineData("render", true)]
    [InlineData("links", false)]
    [InlineData("links", true)]
    [InlineData("index", false)]
    [InlineData("index", true)]
    [InlineData("publish", false)]
    public void A_failure_in_any_stage_leaves_the_previous_site_byte_for_byte_unchanged(string stage, bool afterItsWork)
    {
        using var fixture = new ContentFixture();
        BuiltSite.Build(fixture).Published.ShouldBeTrue();
        var before = Files(fixture.OutputDirectory);
        fixture.Replace("zh/national/outline-2019.md", "协力办好", "全力办好");

        var failing = new FailingStages(stage, afterItsWork);
        Should.Throw<IOException>(() => new SiteBuild(new RecordingIndexer()).Run(
            new BuildOptions(fixture.ContentDirectory, fixture.OutputDirectory, SiteBase.Root), failing));

        failing.Failed.ShouldBeTrue($"stage {stage} ran");
        var after = Files(fixture.OutputDirectory);
        after.Keys.ShouldBe(before.Keys);
        foreach (var (path, bytes) in before)
            after[path].SequenceEqual(bytes).ShouldBeTrue(path);
        Directory.GetFileSystemEntries(fixture.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ToArray().ShouldBe(["_site", "content"], "the staging folder is removed");
    }

    [Theory]
    [InlineData("content")]
    [InlineData(".")]
    [InlineData("repository")]
    [InlineData("a folder of other files")]
    public void An_output_folder_that_is_not_a_site_is_refused_and_left_alone(string output)
    {
        using var fixture = new ContentFixture();
        if (output == "repository")
        {
            Directory.CreateDirectory(Path.Combine(fixture.Root, "repository", ".git"));
            File.WriteAllText(Path.Combine(fixture.Root, "repository", "notes.txt"), "mine");
        }
        if (output == "a folder of other files")
        {
            Directory.CreateDirectory(Path.Combine(fixture.Root, output));
            File.WriteAllText(Path.Combine(fixture.Root, output, "notes.txt"), "mine");
        }
        var target = Path.Combine(fixture.Root, output);
        var before = Files(fixture.Root);

        Should.Throw<IOException>(() => new SiteBuild().Run(new BuildOptions(fixture.ContentDirectory, target, SiteBase.Root), new QuietStages()))
            .Message.ShouldContain("choose another output folder (--out)");

        var after = Files(fixture.Root);
        after.Keys.ShouldBe(before.Keys);
        // Only this target's staging folder counts: other tests build beside it in the same temporary folder.
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var staging = "." + Path.GetFileName(full) + ".building-";
        Directory.GetFileSystemEntries(Path.GetDirectoryName(full)!).ShouldNotContain(e => Path.GetFileName(e).StartsWith(staging, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../escaped.html")]
    [InlineData("zh/../../escaped.html")]
    [InlineData("/tmp/escaped.html")]
    public void A_file_path_outside_the_output_is_refused_before_anything_is_written(string path)
    {
        using var directory = new TempDirectory();

        Should.Throw<InvalidOperationException>(() => SiteFolder.Prepare(directory.Combine("site"), ["a.html", path])).Message.ShouldContain(path);
        Directory.GetFileSystemEntries(directory.Path).ShouldBeEmpty();
    }

    [Fact]
    public void A_file_planned_twice_or_not_planned_is_refused()
    {
        using var directory = new TempDirectory();

        Should.Throw<InvalidOperationException>(() => SiteFolder.Prepare(directory.Combine("twice"), ["a.html", "a.html"])).Message.ShouldContain("twice");
        var folder = SiteFolder.Prepare(directory.Combine("site"), ["a.html"]);
        Should.Throw<InvalidOperationException>(() => folder.Write("b.html", "b")).Message.ShouldContain("'b.html' was not planned");
        Directory.GetFileSystemEntries(directory.Combine("site")).ShouldBeEmpty();
    }

    [Fact]
    public void The_indexer_runs_last_on_the_checked_site_and_its_summary_is_reported()
    {
        using var fixture = new ContentFixture();
        var indexer = new RecordingIndexer();
        var result = BuiltSite.Build(fixture, indexer: indexer);

        result.IndexSummary.ShouldBe("3 indexes");
        indexer.SawPages.ShouldBeGreaterThan(20);
        // One part per rendition, each its document pages (the only pages marked for indexing), named by the URL scheme;
        // indexed two at a time, so in any order.
        indexer.Parts.Select(p => p.Name).Order(StringComparer.Ordinal).ShouldBe(["en", "zh-hans", "zh-hant"]);
        indexer.Parts.Single(p => p.Name == "en").Pages.ShouldBe(["en/national/outline-2019/index.html", "en/shanghai/shanghai-implementation-plan-2020/index.html", "en/shanghai/shanghai-urbanisation-2024/index.html"]);
        var marked = Directory.EnumerateFiles(fixture.OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("data-pagefind-body", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(fixture.OutputDirectory, f).Replace('\\', '/'));
        indexer.Parts.SelectMany(p => p.Pages).Order(StringComparer.Ordinal).ShouldBe(marked.Order(StringComparer.Ordinal));
        File.Exists(Path.Combine(fixture.OutputDirectory, "search-index.txt")).ShouldBeTrue("what the indexer writes is published");
    }

    [Fact]
    public void Under_a_sub_path_every_link_carries_the_prefix()
    {
        using var fixture = new ContentFixture();
        var result = BuiltSite.Build(fixture, "/LongTriangle.Site/");

        result.Problems.ShouldBeEmpty();
        var page = BuiltSite.Page(fixture, "zh/national/outline-2019/");
        page.ShouldContain("href=\"/LongTriangle.Site/en/national/outline-2019/\"");
        page.ShouldContain("src=\"/LongTriangle.Site/assets/js/site.js\"");
        page.ShouldNotContain("href=\"/zh/");
        page.ShouldNotContain("href=\"/en/");
    }

    [Fact]
    public void With_a_full_base_url_canonical_links_and_the_sitemap_are_absolute()
    {
        using var fixture = new ContentFixture();
        BuiltSite.Build(fixture, "https://example.org/LongTriangle.Site/").Problems.ShouldBeEmpty();

        var page = BuiltSite.Page(fixture, "en/national/outline-2019/");
        page.ShouldContain("<link rel=\"canonical\" href=\"https://example.org/LongTriangle.Site/en/national/outline-2019/\" />");
        page.ShouldContain("href=\"/LongTriangle.Site/zh/national/outline-2019/\"");
        File.ReadAllText(Path.Combine(fixture.OutputDirectory, "robots.txt")).ShouldContain("Sitemap: https://example.org/LongTriangle.Site/sitemap.xml");
    }

    private static SortedDictionary<string, byte[]> Files(string directory) =>
        new(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>Stages that throw in one stage, before or after its work, as a full disk or a killed tool would.</summary>
    private sealed class FailingStages(string stage, bool afterItsWork) : IBuildStages
    {
        public bool Failed { get; private set; }

        public T Run<T>(string name, Func<T> work, Func<T, string> summary)
        {
            if (name == stage && !afterItsWork) Fail();
            var result = work();
            if (name == stage) Fail();
            return result;
        }

        private void Fail()
        {
            Failed = true;
            throw new IOException("injected failure");
        }
    }

    private sealed class FailingIndexer : ISiteIndexer
    {
        public void Index(string siteDirectory, IndexPart part, string folder) => throw new InvalidOperationException("pagefind failed");

        public string Merge(string siteDirectory, IReadOnlyList<string> folders) => throw new InvalidOperationException("not reached");
    }

    private sealed class RecordingIndexer : ISiteIndexer
    {
        public int SawPages { get; private set; }

        public List<IndexPart> Parts { get; } = [];

        public void Index(string siteDirectory, IndexPart part, string folder)
        {
            // Called from two threads at a time (CachedIndexer.ConcurrentRuns).
            lock (Parts)
            {
                SawPages = Directory.EnumerateFiles(siteDirectory, "*.html", SearchOption.AllDirectories).Count();
                Parts.Add(part);
            }
            File.WriteAllText(Path.Combine(folder, part.Name + ".txt"), string.Join("\n", part.Pages));
        }

        public string Merge(string siteDirectory, IReadOnlyList<string> folders)
        {
            File.WriteAllText(Path.Combine(siteDirectory, "search-index.txt"), string.Concat(folders.Select(f => File.ReadAllText(Directory.GetFiles(f).Single()))));
            return $"{folders.Count} indexes";
        }
    }
}
