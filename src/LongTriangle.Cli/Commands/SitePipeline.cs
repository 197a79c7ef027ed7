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
    /// <summary>The build cache's folder, beside the output folder (git-ignored).</summary>
    public const string CacheFolder = ".longtriangle-cache";

    /// <summary>The folders of a repository the output may never be, hold or lie inside, besides seeds and content.</summary>
    private static readonly string[] RepositoryFolders = ["theme", "src", "tests", "docs", "scripts", "benchmarks", ".github", ".ci", "node_modules", ".git"];

    public BuildOptions Options => options;

    /// <summary>The seeds and content folders, and the repository's own folders when the tool runs inside one.</summary>
    public static IReadOnlyList<string> ProtectedFolders(string workingDirectory, string seeds) =>
        [seeds, .. RepositoryRoot(workingDirectory) is { } root ? RepositoryFolders.Select(f => Path.Combine(root, f)) : []];

    /// <summary>Refuses an output folder that building would wrongly replace, before anything is converted or rendered.</summary>
    public void CheckOutput() => OutputSwap.CheckReplaceable(options.OutputDirectory, options.Protected);

    /// <summary>Runs the converter as one reported stage.</summary>
    public ConversionSummary Convert(bool check)
    {
        var cache = !check && options.Cache is { } buildCache ? new ConversionCache(buildCache, seeds, options.ContentDirectory) : null;
        var reused = false;
        return context.Reporter.Run(
            check ? "content" : "convert",
            () =>
            {
                if (cache?.Reuse() is { } remembered)
                {
                    reused = true;
                    return remembered;
                }
                var summary = new ContentConverter().Convert(seeds, options.ContentDirectory, check);
                cache?.Remember(summary);
                return summary;
            },
            s => $"{s.Seeds} seeds → {s.Documents} documents, {s.Clauses} clauses"
                + (check ? (s.IsStale ? $", {s.StaleFiles.Length} files stale" : ", content/zh up to date") : reused ? ", content/zh up to date (cached)" : ""));
    }

    /// <summary>Checks the output, converts (unless told not to), builds and publishes the site.</summary>
    public BuildResult Build(bool convert)
    {
        CheckOutput();
        if (convert) Convert(check: false);
        var result = new SiteBuild(PagefindLocator.Indexer(context.WorkingDirectory)).Run(options, new BuildCommand.ReporterStages(context.Reporter));
        if (result.Published) options.Cache?.Prune(CacheArea.Conversion);
        return result;
    }

    /// <summary>
    /// The build cache beside <paramref name="output"/>, keyed by this tool and the Pagefind installed for it (the
    /// executable the build runs, and npm's record of what it installed), so a rebuilt tool or another Pagefind
    /// never reuses an entry.
    /// </summary>
    public static BuildCache OpenCache(string output, string workingDirectory)
    {
        var executable = PagefindLocator.Find([workingDirectory, AppContext.BaseDirectory]);
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(output)))
            ?? throw new IOException($"{output}: cannot build into a file system root");
        return BuildCache.Open(Path.Combine(parent, CacheFolder), ToolFingerprint.OfRunningTool(executable, PagefindLocator.NpmRecord(executable)));
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
