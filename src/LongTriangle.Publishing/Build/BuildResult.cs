using LongTriangle.Publishing.Checking;

namespace LongTriangle.Publishing.Build;

/// <summary>How a build ended: published, or refused with the link problems that stopped it.</summary>
public sealed record BuildResult(RenderedSite Site, LinkReport Links, string? IndexSummary, bool Published)
{
    public IReadOnlyList<LinkProblem> Problems => Links.Problems;
}
