using LongTriangle.Cli.Commands;
using LongTriangle.Publishing.Build;

namespace LongTriangle.Cli.Tests.Commands;

/// <summary>
/// A build that reuses the cache of earlier builds (.longtriangle-cache/ beside the output) publishes exactly
/// what a build without it publishes: after a seed changes, after a seed is removed, and when the cache holds
/// entries of another tool.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private static readonly Tool Tool = new([new ConvertCommand(), new BuildCommand()]);

    private readonly CliWorkspace _workspace = new(Tool);

    public IncrementalBuildTests()
    {
        File.WriteAllText(Seed("002_outline.txt"), """
            长江三角洲区域一体化发展规划纲要
            第一章 发展背景
            长江三角洲地区是我国经济发展最活跃、开放程度最高、创新能力最强的区域之一。
            第二章 总体要求
            第一节 指导思想
            坚持以习近平新时代中国特色社会主义思想为指导，推动长三角一体化发展。
            """);
        File.WriteAllText(Seed("002_outline.txt") + ".yml", "slug: outline\n");
        File.WriteAllText(Seed("003_jiangsu.txt"), """
            江苏省贯彻《长江三角洲区域一体化发展规划纲要》实施方案
            一、总体要求
            坚持以习近平新时代中国特色社会主义思想为指导，推动长三角一体化发展。
            二、重点任务
            （一）推进交通互联互通
            加快建设沿江高铁。
            """);
        File.WriteAllText(Seed("003_jiangsu.txt") + ".yml", "slug: jiangsu-plan\n");
    }

    public void Dispose() => _workspace.Dispose();

    private string Seed(string name) => Path.Combine(_workspace.Root, "seeds", name);

    private string Cache => Path.Combine(_workspace.Root, SitePipeline.CacheFolder);

    private string Build(params string[] options)
    {
        var (exit, output, errors) = _workspace.Run(["build", .. options]);
        errors.ShouldBeEmpty();
        exit.ShouldBe(ExitCodes.Ok);
        return output;
    }

    /// <summary>Every file of both sites, byte for byte, with the same names.</summary>
    private void ShouldBeTheSameSite(string incremental, string full)
    {
        string[] Files(string root) => [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
        var files = Files(Path.Combine(_workspace.Root, incremental));
        files.ShouldBe(Files(Path.Combine(_workspace.Root, full)));
        files.Length.ShouldBeGreaterThan(50);
        foreach (var file in files)
            File.ReadAllBytes(Path.Combine(_workspace.Root, incremental, file))
                .ShouldBe(File.ReadAllBytes(Path.Combine(_workspace.Root, full, file)), file);
    }

    [Fact]
    public void After_a_seed_changes_the_incremental_build_equals_a_full_build()
    {
        Build();
        File.AppendAllText(_workspace.SeedPath, "（二）基本原则\n坚持市场主导、政府推动。\n");

        var output = Build();
        output.ShouldNotContain("(cached)");            // the changed seed is converted again
        output.ShouldNotContain(" (0 pages from the cache)");   // most pages are reused
        output.ShouldNotContain(", reused");            // the indexed text changed
        Build("--no-cache", "--out", "full");

        ShouldBeTheSameSite("_site", "full");
        File.ReadAllText(Path.Combine(_workspace.Root, "_site", "zh", "shanghai", "shanghai-plan", "index.html")).ShouldContain("坚持市场主导、政府推动。");
    }

    [Fact]
    public void After_a_seed_is_removed_the_incremental_build_equals_a_full_build()
    {
        Build();
        File.Delete(Seed("003_jiangsu.txt") + ".yml");
        File.Delete(Seed("003_jiangsu.txt"));

        Build();
        Build("--no-cache", "--out", "full");

        ShouldBeTheSameSite("_site", "full");
        Path.Exists(Path.Combine(_workspace.Root, "_site", "zh", "jiangsu", "jiangsu-plan")).ShouldBeFalse();
    }

    [Fact]
    public void Nothing_changed_reuses_every_step_and_publishes_the_same_site()
    {
        Build();
        var first = Path.Combine(_workspace.Root, "first");
        Directory.Move(Path.Combine(_workspace.Root, "_site"), first);

        var output = Build();
        output.ShouldContain("content/zh up to date (cached)");
        output.ShouldMatch(@"→ (\d+) pages, .*\(\1 pages from the cache\)");
        output.ShouldContain(", reused");
        ShouldBeTheSameSite("_site", "first");
    }

    [Fact]
    public void Entries_of_another_tool_are_never_used()
    {
        Build();
        Build("--no-cache", "--out", "full");
        // Every cached page made wrong: the same tool would publish it (proof that the cache is read at all)...
        var pages = Directory.GetFiles(Path.Combine(Cache, CacheArea.Page.Folder()), "*", SearchOption.AllDirectories);
        // (each in its own language: the search indexes each language apart, and fails on a page of another)
        static string Wrong(string language) => $"<!DOCTYPE html><html lang=\"{language}\"><body><p>not this page</p></body></html>";
        foreach (var page in pages)
            File.WriteAllText(page, Wrong(System.Text.RegularExpressions.Regex.Match(File.ReadAllText(page), "<html lang=\"([^\"]+)\"").Groups[1].Value));
        Build("--no-convert", "--out", "wrong");
        File.ReadAllText(Path.Combine(_workspace.Root, "wrong", "zh", "index.html")).ShouldBe(Wrong("zh-Hans"));

        // ...but a cache whose entries another build of the tool wrote keys every step differently: nothing is reused.
        var site = Path.Combine(_workspace.Root, "content");
        var options = new BuildOptions(site, Path.Combine(_workspace.Root, "other-tool"), Publishing.Site.SiteBase.Parse("/"),
            Cache: BuildCache.Open(Cache, new ToolFingerprint([1, 2, 3])));
        var result = new SiteBuild().Run(options, new QuietStages());
        result.Published.ShouldBeTrue();
        result.Site.CachedPageCount.ShouldBe(0);
        File.ReadAllText(Path.Combine(_workspace.Root, "other-tool", "zh", "index.html"))
            .ShouldBe(File.ReadAllText(Path.Combine(_workspace.Root, "full", "zh", "index.html")));
    }
}
