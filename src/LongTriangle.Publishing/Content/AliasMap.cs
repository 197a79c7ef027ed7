using System.Collections.Immutable;

namespace LongTriangle.Publishing.Content;

/// <summary>
/// <c>content/aliases.yml</c>: per document, old eId → the eId of the clause that now holds its text.
/// The site keeps every old id working as an anchor inside the new clause. <see cref="Reused"/> holds the eIds that
/// still exist but now name other text, each with where its old text is.
/// </summary>
public sealed record AliasMap(ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>> BySlug)
{
    public static AliasMap Empty { get; } = new(ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, string>>(StringComparer.Ordinal));

    /// <summary>Per document, reused eId → when its old meaning ended and where its old text is now.</summary>
    public ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, ReusedId>> Reused { get; init; } =
        ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, ReusedId>>(StringComparer.Ordinal);

    public ImmutableSortedDictionary<string, ReusedId> ReusedIn(string slug) =>
        Reused.TryGetValue(slug, out var map) ? map : ImmutableSortedDictionary.Create<string, ReusedId>(StringComparer.Ordinal);

    public ImmutableSortedDictionary<string, string> For(string slug) =>
        BySlug.TryGetValue(slug, out var map) ? map : ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>The old eIds that now point at <paramref name="target"/>, in ordinal order.</summary>
    public ImmutableArray<string> OldIdsOf(string slug, string target) =>
        [.. For(slug).Where(p => p.Value == target).Select(p => p.Key)];
}
