using LongTriangle.Cli.Terminal;
using LongTriangle.Conversion;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Site;

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
        var pipeline = new SitePipeline(context, seeds, new BuildOptions(content, Path.Combine(context.WorkingDirectory, "_site"), SiteBase.Root));
        var summary = pipeline.Convert(check: line.Has("--check"));
        return ReportStale(context, content, summary) ? ExitCodes.CheckFailed : ExitCodes.Ok;
    }

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
