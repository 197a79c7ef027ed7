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
        var summary = Convert(context, seeds, content, check: line.Has("--check"));
        return ReportStale(context, content, summary) ? ExitCodes.CheckFailed : ExitCodes.Ok;
    }

    /// <summary>Runs the converter as one reported stage (build and check run it too).</summary>
    internal static ConversionSummary Convert(CommandContext context, string seeds, string content, bool check) =>
        context.Reporter.Run(
            check ? "content" : "convert",
            () => new ContentConverter().Convert(seeds, content, check),
            s => $"{s.Seeds} seeds → {s.Documents} documents, {s.Clauses} clauses" + (check ? (s.IsStale ? $", {s.StaleFiles.Length} files stale" : ", content/zh up to date") : ""));

    /// <summary>Lists the stale files of a check; true when there were any.</summary>
    internal static bool ReportStale(CommandContext context, string content, ConversionSummary summary)
    {
        if (!summary.IsStale) return false;
        foreach (var file in summary.StaleFiles)
            context.Error.WriteLine($"  stale: {Path.GetRelativePath(context.WorkingDirectory, Path.Combine(content, file))}");
        context.Error.WriteLine("content/zh is not what the seeds produce: run `longtriangle convert` and review the diff");
        return true;
    }
}
