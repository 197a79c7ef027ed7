namespace LongTriangle.Publishing.Build;

/// <summary>What the render stage wrote: the counts the build reports (the files themselves are on disk).</summary>
/// <param name="PageCount">How many HTML pages.</param>
/// <param name="CachedPageCount">How many of them were taken from the build cache instead of rendered.</param>
public sealed record RenderedSite(int PageCount, int DocumentCount, int FileCount, int CachedPageCount = 0);
