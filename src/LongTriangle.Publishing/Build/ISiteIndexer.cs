namespace LongTriangle.Publishing.Build;

/// <summary>
/// The last step before a built site replaces the old one: builds a search index inside
/// <paramref name="siteDirectory"/> (the finished, link-checked site) and returns a one-line summary for
/// the build's output, e.g. "2 indexes, 812 KB". Throws when indexing fails; the build then leaves the
/// previous site in place. Implemented by <c>LongTriangle.Publishing.Search.PagefindIndexer</c>.
/// </summary>
public interface ISiteIndexer
{
    string Describe(string siteDirectory);
}
