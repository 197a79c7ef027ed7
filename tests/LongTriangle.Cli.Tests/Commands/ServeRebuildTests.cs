using LongTriangle.Cli.Commands;
using LongTriangle.Cli.Terminal;
using LongTriangle.Publishing.Serving;

namespace LongTriangle.Cli.Tests.Commands;

/// <summary>
/// `serve` rebuilds by the same path as `build`: a seed added while serving gets its page, a broken seed
/// prints one line and leaves the last good build served, and fixing it publishes again.
/// </summary>
public sealed class ServeRebuildTests : IDisposable
{
    private static readonly Tool Tool = new([new ConvertCommand(), new BuildCommand(), new ServeCommand()]);

    private readonly CliWorkspace _workspace = new(Tool);
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();
    private readonly LiveReload _reload = new();
    private readonly ServeRebuild _rebuild;

    public ServeRebuildTests()
    {
        _rebuild = Rebuild(themeAssets: null);
    }

    private ServeRebuild Rebuild(string? themeAssets)
    {
        var command = new ServeCommand();
        var context = new CommandContext(_workspace.Root, new TerminalLines(_output), new TerminalLines(_errors), Verbose: false);
        var pipeline = BuildCommand.PipelineFrom(CommandLine.Parse([], command.Flags, command.Options), context, themeAssets);
        return new ServeRebuild(pipeline, context, _reload);
    }

    public void Dispose() => _workspace.Dispose();

    private string Seed(string name) => Path.Combine(_workspace.Root, "seeds", name);

    private string Page(string region, string slug) => Path.Combine(_workspace.Root, "_site", "zh", region, slug, "index.html");

    [Fact]
    public void A_seed_added_changed_broken_and_fixed_while_serving_is_converted_each_time()
    {
        _rebuild.Run().ShouldBeTrue(_errors.ToString());
        File.Exists(Page("shanghai", "shanghai-plan")).ShouldBeTrue();

        File.WriteAllText(Seed("002_zhejiang.txt"), "浙江省推进长江三角洲区域一体化发展行动方案\n一、总体要求\n坚持新发展理念，推动高质量发展。\n");
        File.WriteAllText(Seed("002_zhejiang.txt.yml"), "slug: zhejiang-plan\n");
        _rebuild.Run().ShouldBeTrue(_errors.ToString());
        File.ReadAllText(Page("zhejiang", "zhejiang-plan")).ShouldContain("坚持新发展理念，推动高质量发展。");
        _reload.Generation.ShouldBe(2);

        var served = File.ReadAllBytes(Page("zhejiang", "zhejiang-plan"));
        File.WriteAllBytes(Seed("002_zhejiang.txt"), []);
        _rebuild.Run().ShouldBeFalse();
        var error = _errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem();
        error.ShouldContain("002_zhejiang.txt");
        error.ShouldEndWith("(still serving the previous build)");
        File.ReadAllBytes(Page("zhejiang", "zhejiang-plan")).ShouldBe(served, "the last good build is still served");
        _reload.Generation.ShouldBe(2, "a failed rebuild does not reload the pages");

        File.WriteAllText(Seed("002_zhejiang.txt"), "浙江省推进长江三角洲区域一体化发展行动方案\n一、总体要求\n坚持系统观念，推动高质量发展。\n");
        _rebuild.Run().ShouldBeTrue();
        File.ReadAllText(Page("zhejiang", "zhejiang-plan")).ShouldContain("坚持系统观念");
        _reload.Generation.ShouldBe(3);

        File.Delete(Seed("002_zhejiang.txt"));
        File.Delete(Seed("002_zhejiang.txt.yml"));
        _rebuild.Run().ShouldBeTrue();
        File.Exists(Page("zhejiang", "zhejiang-plan")).ShouldBeFalse("a removed seed's page goes");
    }

    [Fact]
    public void A_theme_asset_that_is_a_link_is_refused_not_published()
    {
        // serve reads the theme's assets from disk, so that edits show at once.
        var wwwroot = Path.Combine(_workspace.Root, "theme", "wwwroot");
        Directory.CreateDirectory(Path.Combine(wwwroot, "css"));
        File.WriteAllText(Path.Combine(wwwroot, "css", "site.css"), "body { margin: 0; }\n");
        File.CreateSymbolicLink(Path.Combine(wwwroot, "css", "passwd.css"), "/etc/passwd");

        Rebuild(wwwroot).Run().ShouldBeFalse();

        var error = _errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem();
        error.ShouldContain("passwd.css");
        error.ShouldContain("symbolic link (to /etc/passwd)");
        Directory.Exists(Path.Combine(_workspace.Root, "_site")).ShouldBeFalse("nothing is published");
    }
}
