using System.Collections.Immutable;

namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// Every link from a plan's clause to a clause it implements, sorted by source then target key (ordinal),
/// with lookups in both directions; and the links between clauses of different regions' plans on the same
/// measure (each pair in both directions).
/// </summary>
public sealed class ClauseConcordance
{
    public static readonly ClauseConcordance Empty = new([], []);

    private readonly ImmutableDictionary<string, ImmutableArray<ConcordanceLink>> _from;
    private readonly ImmutableDictionary<string, ImmutableArray<ConcordanceLink>> _to;
    private readonly ImmutableDictionary<string, ImmutableArray<ConcordanceLink>> _parallel;

    public ClauseConcordance(ImmutableArray<ConcordanceLink> links, ImmutableArray<ConcordanceLink> parallels)
    {
        Links = Sorted(links);
        Parallels = Sorted(parallels);
        _parallel = Parallels.GroupBy(l => l.From.Key, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        _from = Links.GroupBy(l => l.From.Key, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        _to = Links.GroupBy(l => l.To.Key, StringComparer.Ordinal).ToImmutableDictionary(
            g => g.Key, g => g.OrderByDescending(l => l.Score).ThenBy(l => l.From.Key, StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
    }

    public ImmutableArray<ConcordanceLink> Links { get; }

    /// <summary>Links between clauses of different regions' plans on the same measure, both directions.</summary>
    public ImmutableArray<ConcordanceLink> Parallels { get; }

    /// <summary>Both kinds together, as published: by source, then score (highest first), then target.</summary>
    public ImmutableArray<ConcordanceLink> All => Sorted([.. Links, .. Parallels]);

    /// <summary>What a plan's clause implements, best first.</summary>
    public ImmutableArray<ConcordanceLink> From(string key) => _from.GetValueOrDefault(key, []);

    /// <summary>The plans' clauses implementing a clause, best first.</summary>
    public ImmutableArray<ConcordanceLink> To(string key) => _to.GetValueOrDefault(key, []);

    /// <summary>The clauses of other regions' plans on the same measure as a plan's clause, best first.</summary>
    public ImmutableArray<ConcordanceLink> AlsoIn(string key) => _parallel.GetValueOrDefault(key, []);

    private static ImmutableArray<ConcordanceLink> Sorted(IEnumerable<ConcordanceLink> links) => [.. links
        .OrderBy(l => l.From.Key, StringComparer.Ordinal)
        .ThenByDescending(l => l.Score)
        .ThenBy(l => l.To.Key, StringComparer.Ordinal)];
}
