using LongTriangle.Cli.Commands;
using LongTriangle.Publishing.Build;

namespace LongTriangle.Cli.Tests.Commands;

/// <summary>
/// A build that reuses the cache of earlier builds (.longtriangle-cache/ beside the output) publishes exactly
/// what a build without it publishes: after a seed changes, after a seed is removed, after any input a page is
/// keyed on changes (a clause, a title, a date, a region, a translation, the glossary, the Outline that the
/// concordance and compare pages show), and when the cache holds entries of another tool.
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
        // A second document in the region: its pages link to the plan by title (previous / next).
        File.WriteAllText(Seed("004_jiangsu_action.txt"), """
            江苏省推进长三角一体化发展三年行动计划
            一、主要目标
            到2025年，长三角一体化发展取得实质性进展。
            二、重点任务
            （一）加强科技创新协同
            共建长三角科技创新共同体。
            """);
        File.WriteAllText(Seed("004_jiangsu_action.txt") + ".yml", "slug: jiangsu-action\n");
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

    /// <summary>What the link check counted: pages, links and ids.</summary>
    private static string LinkCounts(string output)
    {
        var line = System.Text.RegularExpressions.Regex.Match(output, @"links\s+(.*? ids)");
        line.Success.ShouldBeTrue(output);
        return line.Groups[1].Value;
    }

    [Fact]
    public void Link_facts_are_kept_a_document_at_a_time_and_a_rebuild_checks_what_a_full_build_checks()
    {
        var first = Build();
        var pages = Directory.GetFiles(SitePath("_site"), "*.html", SearchOption.AllDirectories).Length;
        // One entry for each document's pages in every rendition (and one for each page outside a document).
        Directory.GetFiles(Path.Combine(Cache, CacheArea.LinkFacts.Folder()), "*", SearchOption.AllDirectories).Length.ShouldBeLessThan(pages / 2);
        // A new heading and clause: new ids on that document's pages, whose other pages' facts come from its entry.
        File.AppendAllText(_workspace.SeedPath, "（二）基本原则\n坚持市场主导、政府推动。\n");

        var rebuilt = Build();
        var full = Build("--no-cache", "--out", "full");

        LinkCounts(rebuilt).ShouldBe(LinkCounts(full));
        LinkCounts(rebuilt).ShouldNotBe(LinkCounts(first));
        ShouldBeTheSameSite("_site", "full");
    }

    private string SitePath(string site, params string[] parts) => Path.Combine([_workspace.Root, site, .. parts]);

    private string Markdown(string slug) =>
        Directory.GetFiles(Path.Combine(_workspace.Root, "content", "zh"), slug + ".md", SearchOption.AllDirectories).ShouldHaveSingleItem();

    private static void Replace(string file, string oldText, string newText)
    {
        var text = File.ReadAllText(file);
        text.ShouldContain(oldText);
        File.WriteAllText(file, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>
    /// Builds, changes the content, builds again with the cache and once without it: the two must publish the same
    /// files. <paramref name="changed"/> are pages keyed on their stated inputs that show the change (of another
    /// document, for most): each must differ from what the first build published, so the test cannot pass by the
    /// change showing nowhere; and some pages must still come from the cache.
    /// </summary>
    private void ShouldRebuildAsAFullBuildAfter(Action change, bool convert, params string[] changed)
    {
        Build();
        var before = changed.ToDictionary(p => p, p => File.ReadAllBytes(SitePath("_site", p)));
        change();

        var output = convert ? Build() : Build("--no-convert");
        output.ShouldNotContain(" (0 pages from the cache)");
        Build(convert ? ["--no-cache", "--out", "full"] : ["--no-convert", "--no-cache", "--out", "full"]);

        ShouldBeTheSameSite("_site", "full");
        foreach (var (page, bytes) in before)
            File.ReadAllBytes(SitePath("_site", page)).SequenceEqual(bytes).ShouldBeFalse($"{page} should show the change");
    }

    [Fact]
    public void After_a_clause_changes_the_pages_that_show_it_are_rendered_again()
    {
        // A plan's clause that implements the Outline's: the Outline's page and compare page show its opening words,
        // another region's plan on the same measure too.
        ShouldRebuildAsAFullBuildAfter(() => Replace(Markdown("jiangsu-plan"), "坚持以习近平", "始终坚持以习近平"), convert: false,
            "zh/jiangsu/jiangsu-plan/index.html", "zh/national/outline/index.html", "en/national/outline/compare/chp_2__sec_1/index.html",
            "zh/shanghai/shanghai-plan/index.html");
    }

    [Fact]
    public void After_the_Outline_changes_the_plans_concordance_notes_follow()
    {
        // A chapter inserted before the one the plans implement: their notes cite the Outline's clause by its new place.
        ShouldRebuildAsAFullBuildAfter(() => Replace(Seed("002_outline.txt"), "第二章 总体要求", "第二章 发展基础\n长三角地区交通基础设施较为完善。\n第三章 总体要求"), convert: true,
            "zh/jiangsu/jiangsu-plan/index.html", "en/jiangsu/jiangsu-plan/parallel/index.html", "zh/shanghai/shanghai-plan/index.html");
    }

    [Fact]
    public void After_a_title_changes_the_pages_that_name_the_document_follow()
    {
        ShouldRebuildAsAFullBuildAfter(() => Replace(Markdown("jiangsu-plan"), "title: \"江苏省贯彻", "title: \"江苏省落实"), convert: false,
            "zh/jiangsu/jiangsu-action/index.html", "zh/jiangsu/jiangsu-action/parallel/index.html");
    }

    [Fact]
    public void After_a_date_changes_the_order_of_the_region_follows()
    {
        ShouldRebuildAsAFullBuildAfter(() => Replace(Markdown("jiangsu-plan"), "\ntype: ", "\npublished: \"2019-01-05\"\ntype: "), convert: false,
            "zh/jiangsu/jiangsu-action/index.html", "zh/jiangsu/jiangsu-plan/index.html");
    }

    [Fact]
    public void After_a_document_moves_to_another_region_the_pages_that_show_its_region_follow()
    {
        ShouldRebuildAsAFullBuildAfter(() =>
        {
            var from = Markdown("jiangsu-plan");
            var folder = Path.Combine(_workspace.Root, "content", "zh", "zhejiang");
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(from)!, "jiangsu-plan.*"))
                File.Move(file, Path.Combine(folder, Path.GetFileName(file)));
            Replace(Markdown("jiangsu-plan"), "region: \"jiangsu\"", "region: \"zhejiang\"");
        }, convert: false,
            "zh/national/outline/index.html", "zh/jiangsu/jiangsu-action/index.html");
    }

    [Fact]
    public void After_a_translation_changes_the_English_pages_that_quote_it_follow()
    {
        ShouldRebuildAsAFullBuildAfter(() =>
        {
            var folder = Path.Combine(_workspace.Root, "content", "en", "jiangsu");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "jiangsu-plan.yml"), """
                title: "Jiangsu Plan Implementing the Outline"
                type: "Implementation Plan"
                """);
        }, convert: false,
            "en/jiangsu/jiangsu-action/index.html", "en/national/outline/index.html");
    }

    [Fact]
    public void After_the_glossary_changes_every_page_that_uses_it_follows()
    {
        ShouldRebuildAsAFullBuildAfter(() => File.WriteAllText(Path.Combine(_workspace.Root, "content", "glossary.yml"), """
            terms:
              - zh: "长三角一体化发展"
                en: "integrated development of the Yangtze River Delta"
                note: "The national strategy."
            """), convert: false,
            "en/glossary/index.html");
    }

    private const string PlanTranslation = """
        title: "Jiangsu Plan Implementing the Outline"
        type: "Implementation Plan"
        """;

    private string WriteTranslation(string region, string slug, string yaml)
    {
        var path = Path.Combine(_workspace.Root, "content", "en", region, slug + ".yml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public void After_a_translation_is_edited_the_English_pages_that_quote_it_follow()
    {
        var translation = WriteTranslation("jiangsu", "jiangsu-plan", PlanTranslation);
        ShouldRebuildAsAFullBuildAfter(() =>
        {
            Replace(translation, "Jiangsu Plan Implementing", "Jiangsu's Plan for");
            Replace(translation, "type: \"Implementation Plan\"", "type: \"Plan of Implementation\"");
        }, convert: false,
            "en/jiangsu/jiangsu-action/index.html", "en/national/outline/index.html");
    }

    [Fact]
    public void After_a_translation_is_removed_the_English_pages_that_quoted_it_follow()
    {
        var translation = WriteTranslation("jiangsu", "jiangsu-plan", PlanTranslation);
        ShouldRebuildAsAFullBuildAfter(() => File.Delete(translation), convert: false,
            "en/jiangsu/jiangsu-action/index.html", "en/national/outline/index.html");
    }

    [Fact]
    public void After_a_document_is_renamed_the_pages_that_link_to_it_follow()
    {
        ShouldRebuildAsAFullBuildAfter(() =>
        {
            var from = Markdown("jiangsu-plan");
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(from)!, "jiangsu-plan.*"))
                File.Move(file, Path.Combine(Path.GetDirectoryName(file)!, "jiangsu-implementation" + Path.GetFileName(file)["jiangsu-plan".Length..]));
            Replace(Markdown("jiangsu-implementation"), "slug: \"jiangsu-plan\"", "slug: \"jiangsu-implementation\"");
        }, convert: false,
            "zh/jiangsu/jiangsu-action/index.html", "zh/national/outline/index.html");
        Path.Exists(SitePath("_site", "zh", "jiangsu", "jiangsu-plan")).ShouldBeFalse();
    }

    [Fact]
    public void A_document_with_a_problem_is_reported_by_name_on_every_build_and_read_once_mended()
    {
        Build();
        LongTriangle.Inputs.FileSystemClock.NextTick();
        Build("--no-convert");   // records the stamps, settled by now
        var markdown = Markdown("jiangsu-plan");
        var text = File.ReadAllText(markdown);
        Replace(markdown, "region: \"jiangsu\"", "region: [\"jiangsu\"");

        for (var build = 0; build < 2; build++)
        {
            var (exit, _, errors) = _workspace.Run(["build", "--no-convert"]);
            exit.ShouldNotBe(ExitCodes.Ok);
            errors.ShouldContain("content/zh/jiangsu/jiangsu-plan.md");
        }
        File.WriteAllText(markdown, text);
        // Mended, it is hashed and found as the first builds read it; the others are known by their stamps.
        Build("--no-convert").ShouldContain("(4 documents, 0 translations and 4 provenance files from the cache), 7 of them not read");
        Build("--no-convert", "--no-cache", "--out", "full");
        ShouldBeTheSameSite("_site", "full");
    }

    private string ProvenanceFile(string slug) => Path.ChangeExtension(Markdown(slug), ".provenance.yml");

    [Fact]
    public void After_a_provenance_file_changes_its_pages_follow()
    {
        // The provenance page shows every key of the file; the other documents' provenance comes from the cache.
        ShouldRebuildAsAFullBuildAfter(() => Replace(ProvenanceFile("jiangsu-plan"), "seed: ", "checked: \"by an editor, 2026-12-03\"\nseed: "), convert: false,
            "zh/jiangsu/jiangsu-plan/provenance/index.html", "en/jiangsu/jiangsu-plan/provenance/index.html");
    }

    [Fact]
    public void A_provenance_file_edited_with_its_length_and_time_put_back_is_read_again()
    {
        Build();
        LongTriangle.Inputs.FileSystemClock.NextTick();
        Build("--no-convert");   // records the stamps, settled by now
        Build("--no-convert").ShouldContain("8 of them not read: their stamps unchanged");   // 4 documents, 4 provenance files
        var file = ProvenanceFile("jiangsu-plan");
        var page = "zh/jiangsu/jiangsu-plan/provenance/index.html";
        var before = File.ReadAllBytes(SitePath("_site", page));

        // The same length and modification time, as `touch -r` or `rsync -t` leave an edited file: only the change time tells.
        var (length, time) = (new FileInfo(file).Length, File.GetLastWriteTimeUtc(file));
        var text = File.ReadAllText(file);
        var edited = System.Text.RegularExpressions.Regex.Replace(text, "(sha256: \"[0-9a-f]{63})([0-9a-f])\"",
            m => m.Groups[1].Value + (m.Groups[2].Value == "0" ? "1" : "0") + "\"");
        edited.ShouldNotBe(text);
        File.WriteAllText(file, edited);
        File.SetLastWriteTimeUtc(file, time);
        new FileInfo(file).Length.ShouldBe(length);

        Build("--no-convert").ShouldContain("7 of them not read");
        Build("--no-convert", "--no-cache", "--out", "full");
        ShouldBeTheSameSite("_site", "full");
        File.ReadAllBytes(SitePath("_site", page)).SequenceEqual(before).ShouldBeFalse();
    }

    [Fact]
    public void A_provenance_file_with_a_problem_is_reported_by_name_on_every_build()
    {
        Build().ShouldContain("(0 documents, 0 translations and 0 provenance files from the cache)");
        Build("--no-convert").ShouldContain("(4 documents, 0 translations and 4 provenance files from the cache)");
        Replace(ProvenanceFile("jiangsu-plan"), "seed: ", "seed: [\"unclosed\"\nseed: ");

        for (var build = 0; build < 2; build++)
        {
            var (exit, _, errors) = _workspace.Run(["build", "--no-convert"]);
            exit.ShouldNotBe(ExitCodes.Ok);
            errors.ShouldContain("content/zh/jiangsu/jiangsu-plan.provenance.yml");
        }
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
        output.ShouldContain("(4 documents, 0 translations and 4 provenance files from the cache)");
        output.ShouldMatch(@"concord .*\(from the cache\)");
        ShouldBeTheSameSite("_site", "first");
    }

    [Fact]
    public void Unchanged_files_are_carried_over_from_the_published_site_but_not_one_edited_there()
    {
        Build();
        var edited = SitePath("_site", "zh/national/outline/index.html");
        File.AppendAllText(edited, "<p>edited by hand</p>");
        var editedData = SitePath("_site", "data/outline.json");
        File.AppendAllText(editedData, " ");
        // Without the cache's pages, a page not rendered again can only come from the published site.
        Directory.Delete(Path.Combine(Cache, CacheArea.Page.Folder()), recursive: true);

        var output = Build("--no-convert");
        Build("--no-convert", "--no-cache", "--out", "full");

        var render = System.Text.RegularExpressions.Regex.Match(output, @"→ (\d+) pages, .*\((\d+) pages from the cache\)");
        render.Success.ShouldBeTrue(output);
        int.Parse(render.Groups[2].Value).ShouldBe(int.Parse(render.Groups[1].Value) - 1);
        ShouldBeTheSameSite("_site", "full");
        File.ReadAllText(edited).ShouldNotContain("edited by hand");
        File.ReadAllText(editedData).ShouldNotEndWith(" ");
    }

    [Fact]
    public void The_site_a_build_replaced_is_removed_by_the_next_build_after_its_pages_are_carried_over()
    {
        string[] PreviousSites() => Directory.GetDirectories(_workspace.Root, "._site.previous-*");
        Build();
        PreviousSites().ShouldBeEmpty();
        Build("--no-convert");
        var left = PreviousSites().ShouldHaveSingleItem();
        File.Exists(Path.Combine(left, OutputSwap.MarkerFile)).ShouldBeTrue();
        // Without the cache's pages, every page can only come from the published site: its stamps must have survived
        // the old site's removal (which changes the change time of every page the two share) until they were checked.
        Directory.Delete(Path.Combine(Cache, CacheArea.Page.Folder()), recursive: true);

        var output = Build("--no-convert");

        output.ShouldMatch(@"→ (\d+) pages, .*\(\1 pages from the cache\)");
        Directory.Exists(left).ShouldBeFalse();
        PreviousSites().ShouldHaveSingleItem().ShouldNotBe(left);
        Build("--no-convert", "--no-cache", "--out", "full");
        ShouldBeTheSameSite("_site", "full");
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
        // (each with the trailer that proves an entry whole: written by hand, it would not be used at all)
        foreach (var page in pages)
        {
            var wrong = System.Text.Encoding.UTF8.GetBytes(Wrong(System.Text.RegularExpressions.Regex.Match(File.ReadAllText(page), "<html lang=\"([^\"]+)\"").Groups[1].Value));
            File.WriteAllBytes(page, [.. wrong, .. CacheEntryTrailer.Of(Path.GetFileName(page), wrong)]);
        }
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

    /// <summary>How a test damages an entry: cut short (a full disk), a byte changed (a flipped bit), bytes appended (an edit).</summary>
    public enum Damage
    {
        CutShort,
        ByteChanged,
        BytesAppended,
    }

    private static void Inflict(Damage damage, string entry)
    {
        var bytes = File.ReadAllBytes(entry);
        switch (damage)
        {
            case Damage.CutShort: File.WriteAllBytes(entry, bytes[..(bytes.Length / 2)]); break;
            case Damage.ByteChanged: bytes[bytes.Length / 3] ^= 0x04; File.WriteAllBytes(entry, bytes); break;
            case Damage.BytesAppended: File.AppendAllText(entry, "\n"); break;
        }
    }

    /// <summary>Whether the entry's file ends with the trailer of what it holds (written whole by the tool).</summary>
    private static bool IsWhole(string entry)
    {
        var bytes = File.ReadAllBytes(entry);
        return bytes.Length >= CacheEntryTrailer.Size
            && bytes[^CacheEntryTrailer.Size..].SequenceEqual(CacheEntryTrailer.Of(Path.GetFileName(entry), bytes[..^CacheEntryTrailer.Size]));
    }

    [Theory]
    [InlineData(Damage.CutShort)]
    [InlineData(Damage.ByteChanged)]
    [InlineData(Damage.BytesAppended)]
    public void Damaged_entries_of_every_area_are_built_again_and_the_site_equals_a_full_build(Damage first)
    {
        WriteTranslation("jiangsu", "jiangsu-plan", PlanTranslation);   // so that the translations' area has an entry
        Build();
        // A stamp is recorded only once the clock has moved past the file's last change (the racily-clean rule): the
        // first build read the provenance files the conversion had just written, so their stamps come with the second.
        LongTriangle.Inputs.FileSystemClock.NextTick();
        Build();
        Build("--no-cache", "--out", "full");
        var areas = Enum.GetValues<CacheArea>().Where(a => a != CacheArea.Pdf).ToArray();   // PDFs are printed only with --pdf
        var entries = areas.ToDictionary(a => a, a => Directory.GetFiles(Path.Combine(Cache, a.Folder()), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray());
        // Every area this build uses, each entry damaged one way: the first of an area as the case says, the next ones
        // the other ways in turn (an area of one entry is damaged each way in one of the cases).
        foreach (var (area, files) in entries)
        {
            files.ShouldNotBeEmpty(area.ToString());
            files.ShouldAllBe(f => IsWhole(f));
            for (var i = 0; i < files.Length; i++) Inflict((Damage)(((int)first + i) % 3), files[i]);
            files.ShouldAllBe(f => !IsWhole(f));
        }

        var output = Build();

        ShouldBeTheSameSite("_site", "full");
        output.ShouldNotContain("(cached)");                     // the damaged record of the conversion is not trusted
        output.ShouldContain(" (0 pages from the cache)");       // nor any damaged page, and the published pages' record neither
        foreach (var (area, files) in entries)
        {
            // Each entry written again, whole: the next build can use it.
            var now = Directory.GetFiles(Path.Combine(Cache, area.Folder()), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
            // A file's stamp is its inode and times: the conversion, whose damaged record was not trusted, wrote
            // content/zh again, so its files have new stamps (new keys), recorded once settled.
            if (area != CacheArea.FileStamps) now.ShouldBe(files, area.ToString());
            now.ShouldAllBe(f => IsWhole(f));
        }
    }
}
