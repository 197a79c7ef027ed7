namespace LongTriangle.Publishing.Build;

/// <summary>What the index step did: the indexer's summary, and which parts were indexed and which taken from the cache.</summary>
public sealed record IndexOutcome(string Summary, IReadOnlyList<string> Indexed, IReadOnlyList<string> Reused)
{
    /// <summary>The build's line: "3 indexes (en, zh-hans, zh-hant), 9 pages, 2 400 clauses, 1.0 MB, reused (zh-hans, zh-hant)";
    /// when more parts were reused than a line can list, the ones indexed: "…, 21 parts reused, indexed (en-p5, zh-hans-p5, zh-hant-p5)".</summary>
    public string Line => Reused.Count == 0 ? Summary
        : Reused.Count > 3 && Indexed.Count < Reused.Count
            ? $"{Summary}, {Reused.Count} parts reused, indexed ({(Indexed.Count == 0 ? "none" : string.Join(", ", Indexed.Order(StringComparer.Ordinal)))})"
            : $"{Summary}, reused ({string.Join(", ", Reused.Order(StringComparer.Ordinal))})";
}
