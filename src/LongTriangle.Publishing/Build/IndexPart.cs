namespace LongTriangle.Publishing.Build;

/// <summary>
/// The pages one search index is made from (the document pages of one rendition), indexed, cached and reused on
/// its own: a change to the pages of one language re-indexes that language only.
/// </summary>
/// <param name="Name">The index's language as the indexer names it (<c>zh-hans</c>, <c>en</c>): the build reports it.</param>
/// <param name="Pages">The pages, relative to the site root with '/' separators, in ordinal order.</param>
public sealed record IndexPart(string Name, IReadOnlyList<string> Pages);
