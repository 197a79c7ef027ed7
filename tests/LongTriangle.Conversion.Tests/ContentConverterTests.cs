using LongTriangle.Conversion.Model;
namespace LongTriangle.Conversion.Tests;

public sealed class ContentConverterTests
{
    private static readonly string[] Plan =
    [
        "上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案",
        "实施长江三角洲区域一体化发展战略，是党中央作出的重大决策部署。",
        "一、明确总体要求",
        "（一）指导思想",
        "以习近平新时代中国特色社会主义思想为指导。",
    ];

    private static readonly string[] Action =
    [
        "浙江省推进长江三角洲区域一体化发展行动方案",
        "一、总体要求",
        "（一）指导思想。以习近平新时代中国特色社会主义思想为指导。",
    ];

    [Fact]
    public void Converts_every_seed_into_content_zh_and_counts_seeds_documents_and_clauses()
    {
        using var workspace = new TemporaryWorkspace();
        workspace.Seed("001_plan.txt", Plan);
        workspace.Seed("002_action.txt", Action);
        workspace.Sidecar("001_plan.txt", "slug: shanghai-plan\n");

        var summary = new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: false);

        summary.Seeds.ShouldBe(2);
        summary.Documents.ShouldBe(2);
        summary.Clauses.ShouldBe(3); // preface__para_1, part_1__sec_1__para_1, part_1__sec_1
        summary.IsStale.ShouldBeFalse();
        workspace.ContentFiles().Keys.ShouldBe([
            "site.yml",
            "zh/shanghai/shanghai-plan.md",
            "zh/shanghai/shanghai-plan.provenance.yml",
            $"zh/zhejiang/zhejiang-action-plan-{new Seed("x", "x", File.ReadAllBytes(Path.Combine(workspace.Seeds, "002_action.txt"))).Sha256[..8]}.md",
            $"zh/zhejiang/zhejiang-action-plan-{new Seed("x", "x", File.ReadAllBytes(Path.Combine(workspace.Seeds, "002_action.txt"))).Sha256[..8]}.provenance.yml",
        ]);
    }

    [Fact]
    public void The_same_seeds_give_byte_identical_content()
    {
        using var workspace = new TemporaryWorkspace();
        workspace.Seed("001_plan.txt", Plan);
        new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: false);
        var first = workspace.ContentFiles();
        new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: false);
        workspace.ContentFiles().ShouldBe(first);
    }

    [Fact]
    public void Check_reports_changed_missing_and_unexpected_files_and_writes_nothing()
    {
        using var workspace = new TemporaryWorkspace();
        workspace.Seed("001_plan.txt", Plan);
        new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: false);
        new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: true).IsStale.ShouldBeFalse();

        File.AppendAllText(Path.Combine(workspace.Zh, "shanghai", "shanghai-implementation-plan-" + Hash(workspace, "001_plan.txt") + ".md"), "edited\n");
        File.WriteAllText(Path.Combine(workspace.Zh, "shanghai", "stray.md"), "x");
        File.Delete(Path.Combine(workspace.Zh, "shanghai", "shanghai-implementation-plan-" + Hash(workspace, "001_plan.txt") + ".provenance.yml"));
        var before = workspace.ContentFiles();

        var summary = new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: true);

        summary.StaleFiles.ShouldBe([
            $"zh/shanghai/shanghai-implementation-plan-{Hash(workspace, "001_plan.txt")}.md (differs)",
            $"zh/shanghai/shanghai-implementation-plan-{Hash(workspace, "001_plan.txt")}.provenance.yml (missing)",
            "zh/shanghai/stray.md (not produced by any seed)",
        ]);
        workspace.ContentFiles().ShouldBe(before);
    }

    [Fact]
    public void Converting_replaces_content_zh_but_never_touches_other_content()
    {
        using var workspace = new TemporaryWorkspace();
        workspace.Seed("001_plan.txt", Plan);
        Directory.CreateDirectory(Path.Combine(workspace.Content, "en", "shanghai"));
        File.WriteAllText(Path.Combine(workspace.Content, "en", "shanghai", "x.yml"), "title: \"X\"\n");
        File.WriteAllText(Path.Combine(workspace.Content, "aliases.yml"), "{}\n");
        Directory.CreateDirectory(Path.Combine(workspace.Zh, "old"));
        File.WriteAllText(Path.Combine(workspace.Zh, "old", "gone.md"), "stale");

        new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: false);

        var files = workspace.ContentFiles();
        files["en/shanghai/x.yml"].ShouldBe("title: \"X\"\n");
        files["aliases.yml"].ShouldBe("{}\n");
        files.Keys.ShouldNotContain("zh/old/gone.md");
        Directory.GetDirectories(workspace.Content).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["en", "zh"]);
    }

    [Fact]
    public void A_bad_seed_leaves_content_exactly_as_it_was()
    {
        using var workspace = new TemporaryWorkspace();
        workspace.Seed("001_plan.txt", Plan);
        new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: false);
        var before = workspace.ContentFiles();

        workspace.Seed("000_untitled.txt", "没有标题的文字，也没有任何编号。");
        var e = Should.Throw<ConversionException>(() => new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: false));
        e.File.ShouldEndWith("000_untitled.txt");
        workspace.ContentFiles().ShouldBe(before);
    }

    [Fact]
    public void Two_seeds_claiming_one_slug_is_an_error_naming_both()
    {
        using var workspace = new TemporaryWorkspace();
        workspace.Seed("001_plan.txt", Plan);
        workspace.Seed("002_action.txt", Action);
        workspace.Sidecar("001_plan.txt", "slug: same\n");
        workspace.Sidecar("002_action.txt", "title: \"浙江省推进长江三角洲区域一体化发展行动方案\"\nslug: same\n");

        var e = Should.Throw<ConversionException>(() => new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: false));
        e.File.ShouldEndWith("002_action.txt.yml");
        e.Line.ShouldBe(2);
        e.Message.ShouldContain("001_plan.txt");
    }

    [Fact]
    public void A_sidecar_without_its_seed_is_an_error()
    {
        using var workspace = new TemporaryWorkspace();
        workspace.Seed("001_plan.txt", Plan);
        workspace.Sidecar("001_plam.txt", "slug: x\n");
        Should.Throw<ConversionException>(() => new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: false))
            .File.ShouldEndWith("001_plam.txt.yml");
    }

    [Fact]
    public void A_missing_seeds_folder_is_an_error_naming_it()
    {
        using var workspace = new TemporaryWorkspace();
        Should.Throw<ConversionException>(() => new ContentConverter().Convert(Path.Combine(workspace.Root, "nope"), workspace.Content, check: false))
            .File.ShouldEndWith("nope");
    }

    [Fact]
    public void A_seed_in_gb18030_is_read_and_converted_like_utf8()
    {
        using var workspace = new TemporaryWorkspace();
        var text = "关于推进长三角一体化发展的实施方案\n一、总体要求\n以习近平新时代中国特色社会主义思想为指导，推动高质量发展。\n";
        File.WriteAllBytes(Path.Combine(workspace.Seeds, "001_gbk.txt"), System.Text.CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(text));
        new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: false);
        var markdown = Directory.GetFiles(Path.Combine(workspace.Content, "zh"), "*.md", SearchOption.AllDirectories).Single();
        File.ReadAllText(markdown).ShouldContain("以习近平新时代中国特色社会主义思想为指导，推动高质量发展。");
    }

    [Fact]
    public void A_seed_that_is_not_text_is_an_error_naming_it()
    {
        using var workspace = new TemporaryWorkspace();
        File.WriteAllBytes(Path.Combine(workspace.Seeds, "001_image.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00]);
        Should.Throw<ConversionException>(() => new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: false))
            .File.ShouldEndWith("001_image.txt");
        Directory.Exists(Path.Combine(workspace.Content, "zh")).ShouldBeFalse();
    }

    private static string Hash(TemporaryWorkspace workspace, string seed) =>
        new Seed(seed, seed, File.ReadAllBytes(Path.Combine(workspace.Seeds, seed))).Sha256[..8];
}
