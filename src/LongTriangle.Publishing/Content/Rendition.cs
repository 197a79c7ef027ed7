using LongTriangle.Theme.Strings;

namespace LongTriangle.Publishing.Content;

/// <summary>
/// One reading edition of the site: its URL segment and content folder (<paramref name="Code"/>), its
/// BCP 47 tag for <c>lang</c> and <c>hreflang</c>, its interface words, and where its text comes from.
/// Every page, alternate, switch, sitemap entry, citation, JSON field and search index is computed from
/// the list in <see cref="Renditions"/>; adding a rendition is an entry there and a strings class.
/// </summary>
/// <param name="OpenGraphLocale">The OpenGraph locale (zh_CN, en_US …).</param>
/// <param name="Conversion">For a <see cref="TextSource.Converted"/> rendition: how its text is made from the authoritative text.</param>
public sealed record Rendition(
    string Code,
    string Tag,
    string OpenGraphLocale,
    TextSource Source,
    UiStrings Strings,
    ConcordanceStrings ConcordanceStrings,
    ITextConversion? Conversion = null)
{
    public bool IsAuthoritative => Source == TextSource.Authoritative;

    public bool IsTranslated => Source == TextSource.Translated;

    /// <summary>The authoritative text as this rendition shows it: converted, or as it is (for the authoritative rendition, and where a translation falls back).</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public string? FromAuthoritative(string? text) => text is not null && Conversion is { } conversion ? conversion.Convert(text) : text;

    public override string ToString() => Code;
}
