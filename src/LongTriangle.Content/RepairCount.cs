using System.Collections.Immutable;

namespace LongTriangle.Content;

/// <summary>How many repairs of one kind the converter made (front matter <c>repairs:</c>).</summary>
public sealed record RepairCount(RepairKind Kind, int Count)
{
    /// <summary>The counts of <paramref name="kinds"/>, one per kind, in the order front matter lists them (by name).</summary>
    public static ImmutableArray<RepairCount> Of(IEnumerable<RepairKind> kinds) =>
        [.. kinds.GroupBy(k => k).Select(g => new RepairCount(g.Key, g.Count())).OrderBy(c => c.Kind.WireName(), StringComparer.Ordinal)];
}
