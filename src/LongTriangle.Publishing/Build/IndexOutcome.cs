namespace LongTriangle.Publishing.Build;

/// <summary>What the index step did: the indexer's summary, and which parts were indexed and which taken from the cache.</summary>
public sealed record IndexOutcome(string Summary, IReadOnlyList<string> Indexed, IReadOnlyList<string> Reused)
{
    /// <summary>The build's line: "3 indexes (en, zh-hans, zh-hant), 9 pages, 2 400 clauses, 1.0 MB, reused (zh-hans, zh-hant)".</summary>
    public string Line => Reused.Count == 0 ? Summary : $"{Summary}, reused ({string.Join(", ", Reused.Order(StringComparer.Ordinal))})";
}
