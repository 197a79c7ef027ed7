namespace LongTriangle.Theme.Models;

/// <summary>The glossary page of one language: every term with its English and the clauses that use it.</summary>
public sealed record GlossaryView(PageFrame Frame, string Heading, string Introduction, string Count, IReadOnlyList<GlossaryTermView> Terms);

/// <param name="Id">The term's anchor on the page.</param>
/// <param name="Source">Where the official English is published (a URL or a description), or null.</param>
/// <param name="SourceHref">The source as a link when it is a web address.</param>
/// <param name="Uses">The documents whose Chinese uses the term, each with links to the clauses.</param>
public sealed record GlossaryTermView(
    string Id,
    string Zh,
    IReadOnlyList<string> ZhVariants,
    string En,
    string? Abbreviation,
    IReadOnlyList<string> Variants,
    string Note,
    string? Source,
    string? SourceHref,
    IReadOnlyList<GlossaryUse> Uses);

/// <summary>One document's clauses that use a term; <paramref name="TitleLang"/> is set when the title is not in the page's language.</summary>
public sealed record GlossaryUse(string Title, string? TitleLang, IReadOnlyList<Link> Clauses);
