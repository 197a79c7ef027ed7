using LongTriangle.Cli.Commands;

namespace LongTriangle.Cli.Tests.Commands;

/// <summary>`build` and `check` run the converter first: a site is never built, nor checked, from stale content.</summary>
public sealed class ConvertingCommandsTests : IDisposable
{
    private static readonly Tool Tool = new([new ConvertCommand(), new BuildCommand(), new CheckCommand()]);

    private readonly CliWorkspace _workspace = new(Tool);

    public void Dispose() => _workspace.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args) => _workspace.Run(args);

    private string Page => Path.Combine(_workspace.Root, "_site", "zh", "shanghai", "shanghai-plan", "index.html");

    [Fact]
    public void Build_converts_the_seeds_first_and_publishes_their_text()
    {
        var (exit, output, errors) = Run("build");
        errors.ShouldBeEmpty();
        exit.ShouldBe(ExitCodes.Ok);
        output.ShouldStartWith("convert  1 seeds → 1 documents");
        File.ReadAllText(Page).ShouldContain("以习近平新时代中国特色社会主义思想为指导。");
    }

    private void ConvertThenChangeTheSeed()
    {
        Run("convert").Exit.ShouldBe(ExitCodes.Ok);
        File.AppendAllText(_workspace.SeedPath, "二、新增部分\n新增的一段话。\n");
    }

    [Fact]
    public void Build_with_no_convert_publishes_content_as_it_is()
    {
        ConvertThenChangeTheSeed();

        var (exit, output, _) = Run("build", "--no-convert");
        exit.ShouldBe(ExitCodes.Ok);
        output.ShouldNotContain("convert ");
        File.ReadAllText(Page).ShouldNotContain("新增的一段话");
    }

    [Fact]
    public void Check_fails_on_content_the_seeds_no_longer_produce()
    {
        ConvertThenChangeTheSeed();

        var (exit, _, errors) = Run("check");
        exit.ShouldBe(ExitCodes.CheckFailed);
        errors.ShouldContain("stale: content/zh/shanghai/shanghai-plan.md");
        errors.ShouldContain("run `longtriangle convert`");
    }
}
