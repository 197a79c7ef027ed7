using LongTriangle.Cli.Commands;

namespace LongTriangle.Cli.Tests.Commands;

public sealed class ConvertCommandTests : IDisposable
{
    private static readonly Tool Tool = new([new ConvertCommand()]);

    private readonly CliWorkspace _workspace = new(Tool);

    private string Root => _workspace.Root;

    public void Dispose() => _workspace.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args) => _workspace.Run(args);

    [Fact]
    public void Convert_writes_content_and_prints_one_line_with_the_counts()
    {
        var (exit, output, errors) = Run("convert");
        errors.ShouldBeEmpty();
        exit.ShouldBe(ExitCodes.Ok);
        output.ShouldMatch(@"^convert  1 seeds → 1 documents, 2 clauses  \d+\.\d\d s\n$");
        File.Exists(Path.Combine(Root, "content", "zh", "shanghai", "shanghai-plan.md")).ShouldBeTrue();
    }

    [Fact]
    public void Check_exits_2_and_names_the_stale_files_then_0_once_converted()
    {
        var (stale, _, errors) = Run("convert", "--check");
        stale.ShouldBe(ExitCodes.CheckFailed);
        errors.ShouldContain("stale: content/zh/shanghai/shanghai-plan.md");
        Directory.Exists(Path.Combine(Root, "content", "zh")).ShouldBeFalse();

        Run("convert").Exit.ShouldBe(ExitCodes.Ok);
        Run("convert", "--check").Exit.ShouldBe(ExitCodes.Ok);
    }

    [Fact]
    public void A_bad_sidecar_is_one_line_naming_file_line_and_key()
    {
        File.WriteAllText(Path.Combine(Root, "seeds", "001_plan.txt.yml"), "slug: shanghai-plan\nregoin: shanghai\n");
        var (exit, output, errors) = Run("convert");
        exit.ShouldBe(ExitCodes.InputError);
        output.ShouldBeEmpty();
        errors.Trim().ShouldNotContain('\n');
        errors.ShouldContain("001_plan.txt.yml:2 (regoin): unknown key 'regoin'");
    }

    [Fact]
    public void Options_choose_the_seeds_and_content_folders()
    {
        Directory.Move(Path.Combine(Root, "seeds"), Path.Combine(Root, "in"));
        Directory.Move(Path.Combine(Root, "content"), Path.Combine(Root, "out"));
        Run("convert", "--seeds", "in", "--content=out").Exit.ShouldBe(ExitCodes.Ok);
        File.Exists(Path.Combine(Root, "out", "zh", "shanghai", "shanghai-plan.md")).ShouldBeTrue();
    }
}
