using System.Collections.Immutable;

namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// Every link from a plan's clause to a clause it implements, sorted by source then target key (ordinal),
/// with lookups in both directions.
/// </summary>
public sealed class ClauseConcordance
{
    public static readonly ClauseConcordance Empty = new([]);

    private readonly ImmutableDictionary<string, ImmutableArray<ConcordanceLink>> _from;
    private readonly ImmutableDictionary<string, ImmutableArray<ConcordanceLink>> _to;

    public ClauseConcordance(ImmutableArray<ConcordanceLink> links)
    {
        Links = [.. links
            .OrderBy(l => l.From.Key, StringComparer.Ordinal)
            .ThenByDescending(l => l.Score)
            .ThenBy(l => l.To.Key, StringComparer.Ordinal)];
        _from = Links.GroupBy(l => l.From.Key, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        _to = Links.GroupBy(l => l.To.Key, StringComparer.Ordinal).ToImmutableDictionary(
            g => g.Key, g => g.OrderByDescending(l => l.Score).ThenBy(l => l.From.Key, StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
    }

    public ImmutableArray<ConcordanceLink> Links { get; }

    /// <summary>What a plan's clause implements, best first.</summary>
    public ImmutableArray<ConcordanceLink> From(string key) => _from.GetValueOrDefault(key, []);

    /// <summary>The plans' clauses implementing a clause, best first.</summary>
    public ImmutableArray<ConcordanceLink> To(string key) => _to.GetValueOrDefault(key, []);
}
