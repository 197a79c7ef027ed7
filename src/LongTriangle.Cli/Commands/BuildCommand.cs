using LongTriangle.Cli.Terminal;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Checking;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Cli.Commands;

public sealed class BuildCommand : ICommand
{
    public string Name => "build";

    public string Summary => "Build the bilingual static site into _site/ (converts first)";

    public string Help => $"""
        Usage: longtriangle build [options]

        Converts the seeds (unless --no-convert), renders every page in Chinese and English,
        checks links and anchors, indexes search with Pagefind, and only then replaces the output
        folder: a failed build leaves the previous site untouched.

        Options:
          --seeds DIR       the folder of seeds (default: seeds/)
          --content DIR     the content folder (default: content/)
          --no-convert      build from content/ as it is, without converting the seeds first
          --pdf             also print each document page to PDF with headless Chromium (skipped,
                            with one line, when no Chromium is installed; ./build.sh passes it)
          --no-cache        convert, render and index everything, without the build cache
                            (.longtriangle-cache/ beside the output folder)
          --out DIR         the output folder (default: _site/)
          --index-part-size N  documents per part of a language's search index (default 128): a larger
                            library is indexed in parts, each re-indexed only when its pages change
          --base-url URL    where the site is served, instead of site.yml's base-url: a full address
                            (https://owner.github.io/LongTriangle.Site/) or a path (/LongTriangle.Site/,
                            keeping site.yml's host); canonical links, alternates and the sitemap use it
          --verbose       print the details of an unexpected error
          --help          show this help

        {ExitCodes.HelpText}
        """;

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "--no-convert", "--pdf", "--no-cache" };

    public IReadOnlySet<string> Options { get; } = new HashSet<string> { "--seeds", "--content", "--out", "--base-url", "--index-part-size" };

    public int Run(CommandLine line, CommandContext context)
    {
        var result = PipelineFrom(line, context, cached: true).Build(convert: !line.Has("--no-convert"));
        if (result.Published) return ExitCodes.Ok;
        ReportProblems(context, result.Problems, "the build stopped; the previous site is unchanged");
        return ExitCodes.CheckFailed;
    }

    /// <summary>The pipeline for the folders the command line names; <paramref name="themeAssets"/> for serve, which reads the theme from disk;
    /// <paramref name="cached"/> for the commands that build (unless --no-cache).</summary>
    /// <param name="servedAt">The base when the command line gives none (serve: the root of the preview server, keeping site.yml's host for absolute links); null: site.yml's.</param>
    internal static SitePipeline PipelineFrom(CommandLine line, CommandContext context, string? themeAssets = null, SiteBase? servedAt = null, bool cached = false)
    {
        SiteBase? site;
        try
        {
            site = line.Value("--base-url") is { } baseUrl ? SiteBase.Parse(baseUrl) : servedAt;
        }
        catch (ContentException e)
        {
            throw new UsageException(e.Message);
        }
        var seeds = context.PathOption(line, "--seeds", "seeds");
        var output = context.PathOption(line, "--out", "_site");
        var options = new BuildOptions(
            context.PathOption(line, "--content", "content"),
            output,
            site,
            themeAssets,
            SitePipeline.ProtectedFolders(context.WorkingDirectory, seeds))
        {
            PrintPdf = line.Has("--pdf"),
            IndexPartSize = line.Int("--index-part-size", Publishing.Search.PagefindPages.DefaultDocumentsPerPart),
        };
        if (!cached || line.Has("--no-cache")) return new SitePipeline(context, seeds, options);
        // Opened (and created) only for an output folder the build may replace.
        OutputSwap.CheckReplaceable(options.OutputDirectory, options.Protected);
        options = options with { Cache = SitePipeline.OpenCache(output, context.WorkingDirectory) };
        return new SitePipeline(context, seeds, options);
    }

    internal static void ReportProblems(CommandContext context, IReadOnlyList<LinkProblem> problems, string consequence)
    {
        context.Error.WriteLine($"error: {problems.Count} link and anchor {(problems.Count == 1 ? "problem" : "problems")}; {consequence}:");
        foreach (var problem in problems)
            context.Error.WriteLine("  " + problem);
    }

    /// <summary>Prints each build stage as one line (stage, counts, time) through the terminal's reporter.</summary>
    internal sealed class ReporterStages(StageReporter reporter) : IBuildStages
    {
        public T Run<T>(string stage, Func<T> work, Func<T, string> summary) => reporter.Run(stage, work, summary);
    }
}
