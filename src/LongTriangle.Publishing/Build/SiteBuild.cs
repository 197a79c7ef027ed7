using System.Globalization;
using LongTriangle.Publishing.Checking;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Search;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Build;

/// <summary>
/// The build, stage by stage: read content → render every file into a staging folder beside the output
/// (each page written as it is rendered) →
/// check links and anchors → index search (when an indexer is given) → swap the staging folder into place.
/// Any failure before the swap discards the staging folder and leaves the previous site as it was.
/// </summary>
public sealed class SiteBuild(ISiteIndexer? indexer = null)
{
    public BuildResult Run(BuildOptions options, IBuildStages stages)
    {
        OutputSwap.CheckReplaceable(options.OutputDirectory, options.Protected);
        // Rendering a large library leaves the heap full of scattered free space: compacted when it grows well past what is live.
        using var heap = new HeapCeiling();
        var read = options.Cache is { } cache ? new ContentCache(cache) : null;
        var content = stages.Run("read", () => ContentReader.Read(options.ContentDirectory, read),
            c => Describe(c) + (read is null ? "" : " " + read.Describe()));
        return Run(content, options, stages);
    }

    public BuildResult Run(SiteContent content, BuildOptions options, IBuildStages stages)
    {
        OutputSwap.CheckReplaceable(options.OutputDirectory, options.Protected);
        var staging = OutputSwap.CreateStaging(options.OutputDirectory);
        // The site the last build replaced is removed in the background once this one's pages are carried over (the file
        // system's waits overlap the link check and the indexer), and before the swap; on threads of its own, not the pool's
        // (see OutputSwap.RemoveOnThreads).
        var previousSites = OutputSwap.PreviousSites(options.OutputDirectory);
        Task? removal = null;
        try
        {
            var published = options.Cache is { } cache ? PublishedPages.Load(cache, options.OutputDirectory) : null;
            var (site, report, summary) = Stage(content, options, staging, stages, published,
                rendered: () => removal = Task.Factory.StartNew(() => OutputSwap.RemovePrevious(previousSites),
                    CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
            if (!report.Passed) return new BuildResult(site, report, null, Published: false);
            stages.Run("publish", () =>
            {
                removal?.GetAwaiter().GetResult();
                OutputSwap.Replace(staging, options.OutputDirectory);
                published?.Save();
                return options.OutputDirectory;
            }, path => "→ " + Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path)));
            // Only now: a failed build keeps what the last good one cached.
            options.Cache?.Prune(CacheArea.Page, CacheArea.SearchIndex, CacheArea.Pdf, CacheArea.LinkFacts, CacheArea.Provenance, CacheArea.Documents, CacheArea.Translations, CacheArea.Concordance, CacheArea.PublishedPages, CacheArea.FileStamps);
            return new BuildResult(site, report, summary, Published: true);
        }
        finally
        {
            // A failed build stops here too; what the removal left (marked) is removed by the next build.
            if (removal is not null) ((IAsyncResult)removal).AsyncWaitHandle.WaitOne();
            OutputSwap.Discard(staging);
        }
    }

    /// <summary>Renders, writes and checks into <paramref name="directory"/>, then indexes if the check passed.</summary>
    /// <param name="published">The site in place at the output, whose unchanged pages are carried over (null: none).</param>
    /// <param name="rendered">Called once every page is written (none is carried over after it).</param>
    public (RenderedSite Site, LinkReport Links, string? IndexSummary) Stage(SiteContent content, BuildOptions options, string directory, IBuildStages stages,
        PublishedPages? published = null, Action? rendered = null)
    {
        var siteBase = SiteBase.Resolve(options.Base, content.Base);
        var chromium = options.PrintPdf ? Downloads.Chromium.Find() : null;
        var concordances = options.Cache is { } cache ? new Concordance.ConcordanceCache(cache) : null;
        var concordance = stages.Run("concord", () => concordances?.Build(content) ?? Concordance.ConcordanceBuilder.Build(content),
            c => $"{Count(c.Links.Length, "link")} to the first region's clauses, {Count(c.Parallels.Length, "parallel")}"
                + (concordances is { Hit: true } ? " (from the cache)" : "")
                + (concordances is { PlansMatched: { } matched } ? $" ({Count(matched, "plan")} matched again, the others' links taken over)" : ""));
        var model = new SiteModel(content, siteBase, concordance) { HasPdfs = chromium is not null };
        // Each page's ids and links, found as it is written (or from the cache), so that the check reads no page back.
        var linkFacts = new KnownLinkFacts(siteBase, options.Cache);
        // The search index's parts, and (with a cache) each indexed page's digest of what Pagefind reads, found as it is written.
        var parts = indexer is null ? [] : PagefindPages.Parts(content, options.IndexPartSize);
        var searchDigests = indexer is not null && options.Cache is { } digestCache ? new PagefindPageDigests(parts.SelectMany(p => p.Pages), digestCache) : null;
        var site = stages.Run("render", () =>
        {
            var rendered = SiteRenderer.Render(model, directory, options.ThemeAssetsDirectory, options.Cache, linkFacts, published, searchDigests);
            // The glossary's query variants for search (data/search-terms.json.gz), from the glossary read with the content.
            SearchTerms.WriteTo(directory, content.Glossary);
            // The renditions, so that the search script names none (data/renditions.json).
            SearchRenditions.WriteTo(directory, Renditions.All);
            Downloads.DownloadFiles.Write(content, directory);
            return rendered;
        }, s => $"{Count(s.DocumentCount, "document")} × {Renditions.All.Count} renditions → {Count(s.PageCount, "page")}, {Count(s.FileCount, "file")}"
            + (options.Cache is null ? "" : $" ({s.CachedPageCount.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ')} pages from the cache)"));
        rendered?.Invoke();
        if (options.PrintPdf)
        {
            // Before the link check, which then finds every PDF the pages link to.
            stages.Run("pdf", () => chromium is null ? ((int Written, int Reused)?)null : new Downloads.PdfPrinter(chromium).Print(model, directory, options.Cache),
                n => n is not { } pdfs ? "skipped: no Chromium found (install chromium or set CHROME_PATH for print-ready PDFs)"
                    : $"{Count(pdfs.Written, "PDF")} with {chromium}" + (options.Cache is null ? "" : $" ({pdfs.Reused} from the cache)"));
        }

        var report = stages.Run("links", () => LinkChecker.Check(directory, siteBase, linkFacts),
            r => $"{Count(r.Pages, "page")}, {Count(r.Links, "link")}, {Count(r.Ids, "id")}: "
                + (r.Passed ? "all resolve" : Count(r.Problems.Count, "problem")));
        if (!report.Passed) return (site, report, null);

        string? summary = null;
        if (indexer is not null)
        {
            // (The indexer gives back the memory the stages before it used before each indexing process it starts.)
            // By parts (a language, or a bucket of its documents), each cached on its own pages: the document pages, named by the URL scheme.
            var indexing = new CachedIndexer(indexer, options.Cache, searchDigests);
            summary = stages.Run("index", () => indexing.Run(directory, parts).Line, s => s);
        }
        return (site, report, summary);
    }

    public static string Describe(SiteContent content) =>
        $"{Count(content.Documents.Length, "document")} in {Count(content.Regions.Length, "region")}, "
        + $"{Count(content.Documents.Sum(d => d.Clauses.Count(c => !c.IsHeading)), "clause")} and "
        + $"{Count(content.Documents.Sum(d => d.Clauses.Count(c => c.IsHeading)), "heading")}, "
        + $"{Count(content.Translations.Values.Count(t => t.Title is not null || t.Headings.Count > 0), "translation")}";

    public static string Count(int n, string noun) => Number(n) + " " + (n == 1 ? noun : noun + "s");

    /// <summary>A count as every stage line writes one: thousands set off by a space (1 000).</summary>
    public static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ');
}
