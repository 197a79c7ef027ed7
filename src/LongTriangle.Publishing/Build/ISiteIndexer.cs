namespace LongTriangle.Publishing.Build;

/// <summary>
/// The last step before a built site replaces the old one: builds a search index inside
/// <paramref name="siteDirectory"/> (the finished, link-checked site) and returns a one-line summary for
/// the build's output, e.g. "2 indexes, 812 KB". Throws when indexing fails; the build then leaves the
/// previous site in place. Implemented by <c>LongTriangle.Publishing.Search.PagefindIndexer</c>.
/// </summary>
public interface ISiteIndexer
{
    /// <summary>
    /// The files of the site the indexer reads (relative, '/' separators), found once per build: the build cache
    /// keys the index on them, and <see cref="Describe"/> is given them instead of looking again.
    /// </summary>
    IReadOnlyList<string> Inputs(string siteDirectory) =>
        [.. Directory.EnumerateFiles(siteDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(siteDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    string Describe(string siteDirectory, IReadOnlyList<string> inputs);
}
