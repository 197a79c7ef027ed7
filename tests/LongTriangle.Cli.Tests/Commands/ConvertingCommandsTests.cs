using LongTriangle.Cli.Commands;

namespace LongTriangle.Cli.Tests.Commands;

/// <summary>`build` and `check` run the converter first: a site is never built, nor checked, from stale content.</summary>
public sealed class ConvertingCommandsTests : IDisposable
{
    private static readonly Tool Tool = new([new ConvertCommand(), new BuildCommand(), new CheckCommand()]);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "longtriangle-cli-" + Guid.NewGuid().ToString("N"));

    public ConvertingCommandsTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "seeds"));
        Directory.CreateDirectory(Path.Combine(_root, "content"));
        File.Copy(Path.Combine(RepositoryRoot.Path, "content", "site.yml"), Path.Combine(_root, "content", "site.yml"));
        File.WriteAllText(Path.Combine(_root, "seeds", "001_plan.txt"), """
            上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案
            实施长江三角洲区域一体化发展战略，是党中央作出的重大决策部署。
            一、明确总体要求
            以习近平新时代中国特色社会主义思想为指导。
            """);
        File.WriteAllText(Path.Combine(_root, "seeds", "001_plan.txt.yml"), "slug: shanghai-plan\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = Tool.Run(args, new CommandContext(_root, output, errors, Verbose: false));
        return (exit, output.ToString(), errors.ToString());
    }

    private string Page => Path.Combine(_root, "_site", "zh", "shanghai", "shanghai-plan", "index.html");

    [Fact]
    public void Build_converts_the_seeds_first_and_publishes_their_text()
    {
        var (exit, output, errors) = Run("build");
        errors.ShouldBeEmpty();
        exit.ShouldBe(ExitCodes.Ok);
        output.ShouldStartWith("convert  1 seeds → 1 documents");
        File.ReadAllText(Page).ShouldContain("以习近平新时代中国特色社会主义思想为指导。");
    }

    [Fact]
    public void Build_with_no_convert_publishes_content_as_it_is()
    {
        Run("convert").Exit.ShouldBe(ExitCodes.Ok);
        File.AppendAllText(Path.Combine(_root, "seeds", "001_plan.txt"), "二、新增部分\n新增的一段话。\n");

        var (exit, output, _) = Run("build", "--no-convert");
        exit.ShouldBe(ExitCodes.Ok);
        output.ShouldNotContain("convert ");
        File.ReadAllText(Page).ShouldNotContain("新增的一段话");
    }

    [Fact]
    public void Check_fails_on_content_the_seeds_no_longer_produce()
    {
        Run("convert").Exit.ShouldBe(ExitCodes.Ok);
        File.AppendAllText(Path.Combine(_root, "seeds", "001_plan.txt"), "二、新增部分\n新增的一段话。\n");

        var (exit, _, errors) = Run("check");
        exit.ShouldBe(ExitCodes.CheckFailed);
        errors.ShouldContain("stale: content/zh/shanghai/shanghai-plan.md");
        errors.ShouldContain("run `longtriangle convert`");
    }
}
