using LongTriangle.Conversion.Model;
namespace LongTriangle.Conversion.Tests.Hostile;

/// <summary>
/// Bad inputs given to the whole converter: each is refused with an error that names the file (and the
/// line or key) and says what to do, and content/ is left exactly as it was — never half-written, and
/// nothing is written outside it.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TemporaryWorkspace _workspace = new();
    private readonly SortedDictionary<string, string> _before;

    public BadInputTests()
    {
        // A good conversion first, so that "unchanged" means something.
        _workspace.Seed("001_plan.txt", HostileText.Plan);
        _workspace.Sidecar("001_plan.txt", "slug: shanghai-plan\n");
        new ContentConverter().Convert(_workspace.Seeds, _workspace.Content, check: false);
        _before = _workspace.ContentFiles();
    }

    public void Dispose() => _workspace.Dispose();

    /// <summary>Converts, expects an error naming the file, and checks nothing was written anywhere.</summary>
    private ConversionException Fails(string file)
    {
        var error = Should.Throw<ConversionException>(() => new ContentConverter().Convert(_workspace.Seeds, _workspace.Content, check: false));
        Path.GetFileName(error.File).ShouldBe(file);
        error.Message.ShouldStartWith(error.File);
        error.Problem.ShouldNotBeNullOrWhiteSpace();
        _workspace.ContentFiles().ShouldBe(_before);
        Directory.GetFileSystemEntries(_workspace.Content).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ToArray().ShouldBe(["site.yml", "zh"], "no staging folder is left behind");
        Directory.GetFileSystemEntries(_workspace.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ToArray().ShouldBe(["content", "seeds"], "nothing is written outside content/");
        return error;
    }

    private void SeedBytes(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(_workspace.Seeds, name), bytes);

    [Fact]
    public void An_empty_seed() => SeedAndFail("002_empty.txt", []);

    [Fact]
    public void A_seed_of_white_space_only() => SeedAndFail("002_blank.txt", " \n\t\r\n\u3000\n"u8.ToArray());

    [Fact]
    public void A_png_image_named_like_a_seed() =>
        SeedAndFail("002_picture.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);

    [Fact]
    public void Text_with_no_title_and_no_structure() =>
        SeedAndFail("002_prose.txt", "这是一段没有标题、没有编号、也没有任何结构的文字，只有一句话。\n"u8.ToArray());

    private void SeedAndFail(string name, byte[] bytes)
    {
        SeedBytes(name, bytes);
        Fails(name);
    }

    [Theory]
    [MemberData(nameof(UnreadableKinds))]
    public void A_seed_that_cannot_be_read(string kind)
    {
        var path = Path.Combine(_workspace.Seeds, "002_unreadable.txt");
        Unreadable.Make(kind, path);

        var error = Fails("002_unreadable.txt");

        var (says, advice) = kind switch
        {
            Unreadable.Folder => ("is a folder, not a file", "remove it"),
            // A link is never followed, wherever it points (a pull request can link a seed to /etc/passwd).
            Unreadable.BrokenLink or Unreadable.LinkLoop => ("is a symbolic link", "replace it"),
            _ => ("cannot be read", "remove it"),
        };
        error.Problem.ShouldContain(says);
        error.Problem.ShouldContain(advice);
    }

    public static TheoryData<string> UnreadableKinds() => [.. Unreadable.KindsOnThisMachine()];

    [Fact]
    public void A_sidecar_that_is_a_folder()
    {
        _workspace.Seed("002_action.txt", HostileText.Action);
        Directory.CreateDirectory(Path.Combine(_workspace.Seeds, "002_action.txt.yml"));
        Fails("002_action.txt.yml").Problem.ShouldContain("folder");
    }

    [Fact]
    public void A_sidecar_with_invalid_yaml_names_its_line()
    {
        _workspace.Sidecar("001_plan.txt", "slug: shanghai-plan\ntitle: \"unclosed\nissuer: x\n");
        var error = Fails("001_plan.txt.yml");
        error.Line.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(2);
        error.Problem.ShouldContain("invalid YAML");
    }

    [Fact]
    public void A_sidecar_with_an_unknown_key_names_key_and_line()
    {
        _workspace.Sidecar("001_plan.txt", "slug: shanghai-plan\n\ntitel: \"标题\"\n");
        var error = Fails("001_plan.txt.yml");
        (error.Line, error.Key).ShouldBe((3, "titel"));
        error.Problem.ShouldContain("known keys");
    }

    [Fact]
    public void A_sidecar_that_is_not_utf8_names_the_line()
    {
        byte[] gbk = [.. "slug: shanghai-plan\ntitle: \""u8, 0xC9, 0xCF, 0xBA, 0xA3, .. "\"\n"u8];
        File.WriteAllBytes(Path.Combine(_workspace.Seeds, "001_plan.txt.yml"), gbk);
        var error = Fails("001_plan.txt.yml");
        error.Line.ShouldBe(2);
        error.Problem.ShouldContain("save it as UTF-8");
    }

    [Theory]
    [InlineData("title: |\n  第一行\n  第二行\n", "title", "a line break")]
    [InlineData("title: \"标题\\u0000\"\n", "title", "U+0000")]
    [InlineData("issuer: \"上海市\\e[31m人民政府\"\n", "issuer", "U+001B")]
    [InlineData("errata:\n  - find: \"总体\"\n    replace: \"总体\\n要求\"\n    reason: \"r\"\n", "errata[0].replace", "a line break")]
    public void A_sidecar_value_with_a_line_break_or_control_character(string yaml, string key, string what)
    {
        _workspace.Sidecar("001_plan.txt", "slug: shanghai-plan\n" + yaml);
        var error = Fails("001_plan.txt.yml");
        error.Key.ShouldBe(key);
        error.Problem.ShouldContain(what);
    }

    [Theory]
    [InlineData("../../x")]
    [InlineData("../content/zh/x")]
    [InlineData("/tmp/x")]
    [InlineData("..")]
    [InlineData("x/../../y")]
    [InlineData("C:\\\\x")]
    public void A_sidecar_slug_that_tries_to_escape(string slug)
    {
        _workspace.Sidecar("001_plan.txt", $"slug: \"{slug}\"\n");
        var error = Fails("001_plan.txt.yml");
        (error.Line, error.Key).ShouldBe((1, "slug"));
    }

    [Fact]
    public void Two_seeds_deriving_the_same_slug_are_told_apart_by_the_later_seeds_hash()
    {
        // Same region, type and year: the derived slugs collide; the earlier seed keeps its slug.
        _workspace.Seed("002_a.txt", HostileText.Action);
        _workspace.Seed("003_b.txt", HostileText.Action[0], "一、另一份方案", "内容不同。");
        _workspace.Sidecar("002_a.txt", "written: 2020-01-01\nsources:\n  written: \"a printed copy\"\n");
        _workspace.Sidecar("003_b.txt", "written: 2020-06-01\nsources:\n  written: \"a printed copy\"\n");

        var documents = new ContentConverter().ConvertAll(_workspace.Seeds, _workspace.Content).Select(r => r.Document).ToList();

        var hash = new Seed("003_b.txt", "", File.ReadAllBytes(Path.Combine(_workspace.Seeds, "003_b.txt"))).Sha256[..8];
        documents.Select(d => d.Metadata.Slug).ShouldBe(["shanghai-plan", "zhejiang-action-plan-2020", $"zhejiang-action-plan-2020-{hash}"]);
    }

    [Fact]
    public void An_erratum_that_matches_nothing_names_the_sidecar_line_and_erratum()
    {
        _workspace.Sidecar("001_plan.txt", "slug: shanghai-plan\nerrata:\n  - find: \"不存在的文字\"\n    replace: \"x\"\n    reason: \"typo\"\n");
        var error = Fails("001_plan.txt.yml");
        (error.Line, error.Key).ShouldBe((3, "errata[0].find"));
        error.Problem.ShouldContain("remove it, or fix it");
    }

    [Fact]
    public void A_failure_on_the_third_of_five_seeds_leaves_content_unchanged()
    {
        _workspace.Seed("002_action.txt", HostileText.Action);
        SeedBytes("003_broken.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);
        _workspace.Seed("004_plan.txt", [.. HostileText.Plan, "二、附则"]);
        _workspace.Sidecar("004_plan.txt", "slug: shanghai-plan-2\n");
        _workspace.Seed("005_action.txt", [.. HostileText.Action, "二、附则"]);
        _workspace.Sidecar("005_action.txt", "slug: zhejiang-action-2\n");

        Fails("003_broken.txt");
    }

    [Fact]
    public void A_swap_interrupted_last_time_is_put_back_even_when_this_conversion_fails()
    {
        // As a crash between the two renames leaves it: the previous content in .zh.old, no zh/, a half .zh.new.
        Directory.Move(_workspace.Zh, Path.Combine(_workspace.Content, ".zh.old"));
        Directory.CreateDirectory(Path.Combine(_workspace.Content, ".zh.new", "half"));
        SeedBytes("002_empty.txt", []);

        Fails("002_empty.txt");
    }
}
