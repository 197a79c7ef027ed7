namespace LongTriangle.Publishing.Build;

/// <summary>
/// The pages one search index part is made from (the document pages of one rendition, or of the documents of one
/// bucket of a rendition when the library is large), indexed, cached and reused on its own: a change to one
/// document's pages re-indexes the parts holding them only.
/// </summary>
/// <param name="Language">The index's language as the indexer names it (<c>zh-hans</c>, <c>en</c>): the pages' <c>&lt;html lang&gt;</c> in lower case.</param>
/// <param name="Number">The part's number among the language's parts (its bucket), 0 when the language is one part.</param>
/// <param name="Parts">How many buckets the language's documents are spread over (1: one index for the language).</param>
/// <param name="Pages">The pages, relative to the site root with '/' separators, in ordinal order.</param>
public sealed record IndexPart(string Language, int Number, int Parts, IReadOnlyList<string> Pages)
{
    /// <summary>How the build names the part (and the bundle its folder): the language alone when it is one part
    /// (<c>zh-hans</c>), else the language and the bucket (<c>zh-hans-p3</c>).</summary>
    public string Name => Parts == 1 ? Language : $"{Language}-p{Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
