using LongTriangle.Publishing.Citations;
using LongTriangle.Theme.Strings;

namespace LongTriangle.Publishing.Content;

/// <summary>
/// One reading edition of the site: its URL segment and content folder (<paramref name="Code"/>), its
/// BCP 47 tag for <c>lang</c> and <c>hreflang</c>, its interface words, and where its text comes from.
/// Every page, alternate, switch, sitemap entry, citation, JSON field and search index is computed from
/// the list in <see cref="Renditions"/>; adding a rendition is an entry there and a strings class.
/// </summary>
/// <param name="OpenGraphLocale">The OpenGraph locale (zh_CN, en_US …).</param>
/// <param name="CitationStyle">How its citations are written: a converted rendition cites as the authoritative one does, then converts.</param>
/// <param name="Conversion">For a <see cref="TextSource.Converted"/> rendition: how its text is made from the authoritative text.</param>
public sealed record Rendition(
    string Code,
    string Tag,
    string OpenGraphLocale,
    TextSource Source,
    UiStrings Strings,
    ConcordanceStrings ConcordanceStrings,
    CitationStyle CitationStyle,
    ITextConversion? Conversion = null)
{
    public bool IsAuthoritative => Source == TextSource.Authoritative;

    public bool IsTranslated => Source == TextSource.Translated;

    /// <summary>The authoritative text as this rendition shows it: converted, or as it is (for the authoritative rendition, and where a translation falls back).</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public string? FromAuthoritative(string? text) => text is not null && Conversion is { } conversion ? conversion.Convert(text) : text;

    /// <summary>
    /// A clause's citation as a reader of this rendition copies it: a translation cites <paramref name="translated"/>
    /// in its own style; the authoritative text and a rendition converted from it cite <paramref name="authoritative"/>,
    /// converted like the rest of the rendition's text.
    /// </summary>
    public string Cite(ClauseId id, CitedDocument authoritative, CitedDocument translated) =>
        IsTranslated ? CitationStyle.Cite(id, translated) : FromAuthoritative(CitationStyle.Cite(id, authoritative));

    /// <summary>The clause's place in its document, without the document (第八章第一节第3段 / Ch. 8, Sec. 1, para. 3).</summary>
    public string Place(ClauseId id) => IsTranslated ? CitationStyle.Place(id) : FromAuthoritative(CitationStyle.Place(id));

    public override string ToString() => Code;
}
