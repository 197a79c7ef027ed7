namespace LongTriangle.Theme.Models;

/// <summary>
/// The glossary page of one rendition: every Chinese term with its rendering in the translation and the clauses
/// that use it. <paramref name="IndexesTerms"/> and <paramref name="IndexesRenderings"/> say which of the two the
/// page's search index takes (each page indexes its own language only).
/// </summary>
public sealed record GlossaryView(
    PageFrame Frame,
    string Heading,
    string Introduction,
    string Count,
    IReadOnlyList<GlossaryTermView> Terms,
    bool IndexesTerms,
    bool IndexesRenderings);

/// <param name="Id">The term's anchor on the page.</param>
/// <param name="Term">The Chinese term as the page's Chinese writes it (converted on a converted rendition's page).</param>
/// <param name="TermLang">The term's language tag.</param>
/// <param name="Rendering">The term in the translation.</param>
/// <param name="RenderingLang">The translation's language tag (for the rendering, its variants, the note and a source that is not a link).</param>
/// <param name="Source">Where the official rendering is published (a URL or a description), or null.</param>
/// <param name="SourceHref">The source as a link when it is a web address.</param>
/// <param name="Uses">The documents whose Chinese uses the term, each with links to the clauses.</param>
public sealed record GlossaryTermView(
    string Id,
    string Term,
    IReadOnlyList<string> TermVariants,
    string TermLang,
    string Rendering,
    string? Abbreviation,
    IReadOnlyList<string> RenderingVariants,
    string RenderingLang,
    string Note,
    string? Source,
    string? SourceHref,
    IReadOnlyList<GlossaryUse> Uses);

/// <summary>One document's clauses that use a term; <paramref name="TitleLang"/> is set when the title is not in the page's language.</summary>
public sealed record GlossaryUse(string Title, string? TitleLang, IReadOnlyList<Link> Clauses);
