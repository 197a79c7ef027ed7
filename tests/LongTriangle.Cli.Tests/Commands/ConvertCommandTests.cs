using LongTriangle.Cli.Commands;

namespace LongTriangle.Cli.Tests.Commands;

public sealed class ConvertCommandTests : IDisposable
{
    private static readonly Tool Tool = new([new ConvertCommand()]);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "longtriangle-cli-" + Guid.NewGuid().ToString("N"));

    public ConvertCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "seeds"));
        Directory.CreateDirectory(Path.Combine(_root, "content"));
        File.Copy(Path.Combine(RepositoryRoot.Path, "content", "site.yml"), Path.Combine(_root, "content", "site.yml"));
        File.WriteAllText(Path.Combine(_root, "seeds", "001_plan.txt"), """
            上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案
            实施长江三角洲区域一体化发展战略，是党中央作出的重大决策部署。
            一、明确总体要求
            （一）指导思想
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

    [Fact]
    public void Convert_writes_content_and_prints_one_line_with_the_counts()
    {
        var (exit, output, errors) = Run("convert");
        errors.ShouldBeEmpty();
        exit.ShouldBe(ExitCodes.Ok);
        output.ShouldMatch(@"^convert  1 seeds → 1 documents, 2 clauses  \d+\.\d\d s\n$");
        File.Exists(Path.Combine(_root, "content", "zh", "shanghai", "shanghai-plan.md")).ShouldBeTrue();
    }

    [Fact]
    public void Check_exits_2_and_names_the_stale_files_then_0_once_converted()
    {
        var (stale, _, errors) = Run("convert", "--check");
        stale.ShouldBe(ExitCodes.CheckFailed);
        errors.ShouldContain("stale: content/zh/shanghai/shanghai-plan.md");
        Directory.Exists(Path.Combine(_root, "content", "zh")).ShouldBeFalse();

        Run("convert").Exit.ShouldBe(ExitCodes.Ok);
        Run("convert", "--check").Exit.ShouldBe(ExitCodes.Ok);
    }

    [Fact]
    public void A_bad_sidecar_is_one_line_naming_file_line_and_key()
    {
        File.WriteAllText(Path.Combine(_root, "seeds", "001_plan.txt.yml"), "slug: shanghai-plan\nregoin: shanghai\n");
        var (exit, output, errors) = Run("convert");
        exit.ShouldBe(ExitCodes.InputError);
        output.ShouldBeEmpty();
        errors.Trim().ShouldNotContain('\n');
        errors.ShouldContain("001_plan.txt.yml:2 (regoin): unknown key 'regoin'");
    }

    [Fact]
    public void Options_choose_the_seeds_and_content_folders()
    {
        Directory.Move(Path.Combine(_root, "seeds"), Path.Combine(_root, "in"));
        Directory.Move(Path.Combine(_root, "content"), Path.Combine(_root, "out"));
        Run("convert", "--seeds", "in", "--content=out").Exit.ShouldBe(ExitCodes.Ok);
        File.Exists(Path.Combine(_root, "out", "zh", "shanghai", "shanghai-plan.md")).ShouldBeTrue();
    }
}
