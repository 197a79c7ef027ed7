namespace LongTriangle.Publishing.Build;

/// <summary>What the render stage wrote: the counts the build reports (the files themselves are on disk).</summary>
/// <param name="PageCount">How many HTML pages.</param>
public sealed record RenderedSite(int PageCount, int DocumentCount, int FileCount);
