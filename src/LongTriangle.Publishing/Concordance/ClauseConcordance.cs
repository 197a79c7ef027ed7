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

    // Plain dictionaries, filled once and only read after: an immutable dictionary of tens of thousands of keys cost a
    // rebuild as much to make as the rest of the concordance taken from the cache.
    private readonly Dictionary<string, ImmutableArray<ConcordanceLink>> _from;
    private readonly Dictionary<string, ImmutableArray<ConcordanceLink>> _to;
    private readonly Dictionary<string, ImmutableArray<ConcordanceLink>> _parallel;

    public ClauseConcordance(ImmutableArray<ConcordanceLink> links, ImmutableArray<ConcordanceLink> parallels)
    {
        Links = Sorted(links);
        Parallels = Sorted(parallels);
        _parallel = BySource(Parallels);
        _from = BySource(Links);
        // Each clause's implementers best first, then by source; the links sorted by target key and the same order within
        // one target, so that each target's links are one run.
        var byTarget = Links.ToArray();
        Array.Sort(byTarget, (a, b) =>
        {
            var order = string.CompareOrdinal(a.To.Key, b.To.Key);
            if (order == 0) order = b.Score.CompareTo(a.Score);
            return order != 0 ? order : string.CompareOrdinal(a.From.Key, b.From.Key);
        });
        _to = Runs(byTarget, l => l.To.Key);
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

    /// <summary>The links of each source, in their order: sorted links of one source are one run.</summary>
    private static Dictionary<string, ImmutableArray<ConcordanceLink>> BySource(ImmutableArray<ConcordanceLink> sorted) =>
        Runs(sorted.AsSpan(), l => l.From.Key);

    /// <summary>Each run of consecutive links with the same <paramref name="key"/>, under that key.</summary>
    private static Dictionary<string, ImmutableArray<ConcordanceLink>> Runs(ReadOnlySpan<ConcordanceLink> links, Func<ConcordanceLink, string> key)
    {
        var runs = new Dictionary<string, ImmutableArray<ConcordanceLink>>(StringComparer.Ordinal);
        for (var start = 0; start < links.Length;)
        {
            var name = key(links[start]);
            var end = start + 1;
            while (end < links.Length && string.Equals(key(links[end]), name, StringComparison.Ordinal)) end++;
            runs.Add(name, [.. links[start..end]]);
            start = end;
        }
        return runs;
    }
}
