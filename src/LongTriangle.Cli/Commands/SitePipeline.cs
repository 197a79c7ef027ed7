using LongTriangle.Conversion;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Checking;
using LongTriangle.Publishing.Search;

namespace LongTriangle.Cli.Commands;

/// <summary>
/// The one path from seeds to a site, used by `build`, `serve` and `check` so that they cannot drift: the
/// output folder is judged before any work, the seeds are converted into content/zh (all or nothing), then
/// the site is built (or checked) from content.
/// </summary>
internal sealed class SitePipeline(CommandContext context, string seeds, BuildOptions options)
{
    /// <summary>The folders of a repository the output may never be, hold or lie inside, besides seeds and content.</summary>
    private static readonly string[] RepositoryFolders = ["theme", "src", "tests", "docs", "scripts", "benchmarks", ".github", ".ci", "node_modules", ".git"];

    public BuildOptions Options => options;

    /// <summary>The seeds and content folders, and the repository's own folders when the tool runs inside one.</summary>
    public static IReadOnlyList<string> ProtectedFolders(string workingDirectory, string seeds) =>
        [seeds, .. RepositoryRoot(workingDirectory) is { } root ? RepositoryFolders.Select(f => Path.Combine(root, f)) : []];

    /// <summary>Refuses an output folder that building would wrongly replace, before anything is converted or rendered.</summary>
    public void CheckOutput() => OutputSwap.CheckReplaceable(options.OutputDirectory, options.Protected);

    /// <summary>Runs the converter as one reported stage.</summary>
    public ConversionSummary Convert(bool check) =>
        context.Reporter.Run(
            check ? "content" : "convert",
            () => new ContentConverter().Convert(seeds, options.ContentDirectory, check),
            s => $"{s.Seeds} seeds → {s.Documents} documents, {s.Clauses} clauses" + (check ? (s.IsStale ? $", {s.StaleFiles.Length} files stale" : ", content/zh up to date") : ""));

    /// <summary>Checks the output, converts (unless told not to), builds and publishes the site.</summary>
    public BuildResult Build(bool convert)
    {
        CheckOutput();
        if (convert) Convert(check: false);
        return new SiteBuild(PagefindLocator.Indexer(context.WorkingDirectory)).Run(options, new BuildCommand.ReporterStages(context.Reporter));
    }

    /// <summary>Checks that content/zh is what the seeds produce, then everything `check` verifies of the content.</summary>
    public (ConversionSummary Conversion, SiteCheck.Report Report) Check(bool updateAnchors)
    {
        var conversion = Convert(check: true);
        return (conversion, SiteCheck.Run(options.ContentDirectory, updateAnchors, new BuildCommand.ReporterStages(context.Reporter)));
    }

    private static string? RepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LongTriangle.Site.sln")) || Path.Exists(Path.Combine(dir.FullName, ".git")))
                return dir.FullName;
        return null;
    }
}
