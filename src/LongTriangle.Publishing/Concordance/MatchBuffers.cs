namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// The working memory of <see cref="ImplementedIndex.Match(ComparedClause, MatchBuffers)"/>: the partial sums per
/// implemented clause and the candidates of one plan clause, reused from clause to clause. One per thread, so
/// several plans are matched against one index at once while the index itself is only read.
/// </summary>
public sealed class MatchBuffers
{
    internal double[] Dot { get; set; } = [];

    internal double[] Covered { get; set; } = [];

    internal List<int> Touched { get; } = [];

    internal List<(double Score, int Distinct)> Candidates { get; } = [];

    internal List<(double Score, int Order, ComparedClause Clause)> Chosen { get; } = [];
}
