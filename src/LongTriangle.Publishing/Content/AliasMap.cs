using System.Collections.Immutable;

namespace LongTriangle.Publishing.Content;

/// <summary>
/// <c>content/aliases.yml</c>: per document, old eId → the eId of the clause that now holds its text.
/// The site keeps every old id working as an anchor inside the new clause.
/// </summary>
public sealed record AliasMap(ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>> BySlug)
{
    public static AliasMap Empty { get; } = new(ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, string>>(StringComparer.Ordinal));

    public ImmutableSortedDictionary<string, string> For(string slug) =>
        BySlug.TryGetValue(slug, out var map) ? map : ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>The old eIds that now point at <paramref name="target"/>, in ordinal order.</summary>
    public ImmutableArray<string> OldIdsOf(string slug, string target) =>
        [.. For(slug).Where(p => p.Value == target).Select(p => p.Key)];
}
