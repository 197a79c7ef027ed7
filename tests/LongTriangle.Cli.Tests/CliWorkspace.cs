using LongTriangle.Cli.Commands;

namespace LongTriangle.Cli.Tests;

/// <summary>
/// A throw-away project folder (seeds/ with one small plan and its sidecar, content/site.yml) and the tool
/// run in it in-process, its output captured.
/// </summary>
public sealed class CliWorkspace : IDisposable
{
    private readonly Tool _tool;

    public CliWorkspace(Tool tool)
    {
        _tool = tool;
        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
        Directory.CreateDirectory(Path.Combine(Root, "content"));
        File.Copy(Path.Combine(RepositoryRoot.Path, "content", "site.yml"), Path.Combine(Root, "content", "site.yml"));
        File.WriteAllText(SeedPath, """
            上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案
            实施长江三角洲区域一体化发展战略，是党中央作出的重大决策部署。
            一、明确总体要求
            （一）指导思想
            以习近平新时代中国特色社会主义思想为指导。
            """);
        File.WriteAllText(SeedPath + ".yml", "slug: shanghai-plan\n");
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "longtriangle-cli-" + Guid.NewGuid().ToString("N"));

    public string SeedPath => Path.Combine(Root, "seeds", "001_plan.txt");

    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = _tool.Run(args, new CommandContext(Root, output, errors, Verbose: false));
        return (exit, output.ToString(), errors.ToString());
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
