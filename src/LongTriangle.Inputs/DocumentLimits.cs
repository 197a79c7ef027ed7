namespace LongTriangle.Inputs;

/// <summary>
/// How large one document may be. A policy document is tens of kilobytes; the longest national plans
/// (a five-year plan outline) some hundreds, with a thousand or two headings and paragraphs. Every
/// document is one page, and a page of a dump of many megabytes or a hundred thousand lines would take
/// memory out of all proportion to build (measured: a 2 MB seed of 4,300 blocks builds in 0.6 GB, a 4 MB
/// one in 1.1 GB, 100,000 short lines in 8 GB), so a larger seed or document is refused with one line
/// rather than paged.
/// </summary>
public static class DocumentLimits
{
    /// <summary>The largest seed file.</summary>
    public const long MaximumSeedBytes = 2 * 1024 * 1024;

    /// <summary>The most headings and paragraphs one document may have.</summary>
    public const int MaximumBlocks = 5_000;

    /// <summary>The largest Markdown file of content/zh (the converter writes a 2 MB seed as about 2.5 MB).</summary>
    public const long MaximumMarkdownBytes = 8 * 1024 * 1024;

    public static string TooManyBlocks(int blocks) =>
        $"{blocks} headings and paragraphs, more than the {MaximumBlocks} one document may have (a document is one page; split a compilation into its documents)";
}
