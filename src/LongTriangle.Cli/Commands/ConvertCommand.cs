using LongTriangle.Cli.Terminal;
using LongTriangle.Conversion;

namespace LongTriangle.Cli.Commands;

public sealed class ConvertCommand : ICommand
{
    public string Name => "convert";

    public string Summary => "Convert the seeds into structured Markdown in content/zh/";

    public string Help => $"""
        Usage: longtriangle convert [options]

        Converts every seed (seeds/*.txt, with its optional sidecar seeds/<file>.yml) into
        content/zh/<region>/<slug>.md and its provenance. Writes nothing unless every seed converts.

        Options:
          --seeds DIR     the folder of seeds (default: seeds/)
          --content DIR   the content folder to write (default: content/)
          --check         write nothing; exit 2 if content/zh is not exactly what the seeds produce
          --verbose       print the details of an unexpected error
          --help          show this help

        {ExitCodes.HelpText}
        """;

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "--check" };

    public IReadOnlySet<string> Options { get; } = new HashSet<string> { "--seeds", "--content" };

    public int Run(CommandLine line, CommandContext context)
    {
        var seeds = context.PathOption(line, "--seeds", "seeds");
        var content = context.PathOption(line, "--content", "content");
        var check = line.Has("--check");

        var summary = context.Reporter.Run(
            check ? "check" : "convert",
            () => new ContentConverter().Convert(seeds, content, check),
            s => $"{s.Seeds} seeds → {s.Documents} documents, {s.Clauses} clauses" + (check ? (s.IsStale ? $", {s.StaleFiles.Length} files stale" : ", content/zh up to date") : ""));

        if (!summary.IsStale) return ExitCodes.Ok;
        foreach (var file in summary.StaleFiles)
            context.Out.WriteLine($"  stale: {Path.GetRelativePath(context.WorkingDirectory, Path.Combine(content, file))}");
        context.Out.WriteLine("content/zh is not what the seeds produce: run `longtriangle convert` and review the diff");
        return ExitCodes.CheckFailed;
    }
}
