namespace LongTriangle.Publishing.Build;

/// <summary>
/// The last step before a built site replaces the old one: builds a search index inside the finished,
/// link-checked site, one part at a time (<see cref="IndexPart"/>: one language), each into a folder of its own,
/// then puts the parts together. Throws when indexing fails; the build then leaves the previous site in place.
/// Run by <see cref="CachedIndexer"/>, which reuses the folder of a part whose pages did not change.
/// Implemented by <c>LongTriangle.Publishing.Search.PagefindIndexer</c>.
/// </summary>
public interface ISiteIndexer
{
    /// <summary>Indexes <paramref name="part"/>'s pages of the site into <paramref name="folder"/> (empty), reading
    /// nothing else of the site: what it writes there depends on those pages alone, so it can be cached on them.</summary>
    void Index(string siteDirectory, IndexPart part, string folder);

    /// <summary>Puts the parts' folders (what <see cref="Index"/> wrote, in the order of the parts) together into the
    /// site's search bundle, and returns a one-line summary for the build's output, e.g. "2 indexes, 812 KB".
    /// May move files out of the folders.</summary>
    string Merge(string siteDirectory, IReadOnlyList<string> folders);
}
