namespace LongTriangle.Theme.Models;

/// <summary>
/// What the concordance says about one clause, ready to print: for a plan's clause the Outline clauses it
/// implements; for an Outline clause the plans' clauses implementing it, by region, and its compare page.
/// </summary>
/// <param name="Label">"Implements" or "Implemented in".</param>
/// <param name="AlsoIn">On a plan's clause: the clauses of other regions' plans on the same measure, under <see cref="AlsoInLabel"/>.</param>
public sealed record ConcordanceNote(string Label, IReadOnlyList<ConcordanceEntry> Entries, Link? Compare, string? AlsoInLabel = null, IReadOnlyList<ConcordanceEntry>? AlsoIn = null);

/// <summary>One linked clause: where it is, how it is cited, how strong the link is, and an excerpt.</summary>
/// <param name="Region">The region name, for links into the plans; null for links to the Outline.</param>
/// <param name="Strength">strong or related: a CSS class and the data attribute tests read.</param>
/// <param name="StrengthLabel">The words for the strength, in the page's language.</param>
public sealed record ConcordanceEntry(
    string Href,
    string Citation,
    string? CitationLang,
    string? Region,
    string Strength,
    string StrengthLabel,
    string? Excerpt,
    string? ExcerptLang);

/// <summary>A compare page: one section of the Outline, each of its clauses beside the plans' clauses implementing it.</summary>
/// <param name="Regions">The column headings after the Outline's: the regions that have plans.</param>
public sealed record CompareView(
    PageFrame Frame,
    string Heading,
    string? HeadingLang,
    string Introduction,
    string OutlineColumn,
    IReadOnlyList<string> Regions,
    IReadOnlyList<CompareRow> Rows,
    string NothingFound,
    string AlsoInLabel,
    Link? Previous,
    Link? Next,
    Link AllSections);

/// <summary>One Outline clause and, per region in column order, the clauses implementing it.</summary>
public sealed record CompareRow(
    string Id,
    string Href,
    string Citation,
    string? CitationLang,
    string Text,
    string? TextLang,
    string? RunIn,
    IReadOnlyList<CompareCell> Cells)
{
    /// <summary>The editor's corrections in <see cref="Text"/> when it is the Chinese, and the tag of their notes when the page is in another language.</summary>
    public IReadOnlyList<TextMark> Marks { get; init; } = [];

    public string? NoteLang { get; init; }
}

public sealed record CompareCell(string Region, IReadOnlyList<CompareClause> Clauses);

/// <summary>A plan's clause in full, with its link, the strength of its correspondence, and the clauses of other regions' plans on the same measure.</summary>
public sealed record CompareClause(string Href, string Citation, string? CitationLang, string Strength, string StrengthLabel, string Text, string? TextLang, string? RunIn, IReadOnlyList<ConcordanceEntry> AlsoIn)
{
    /// <summary>The editor's corrections in <see cref="Text"/> when it is the Chinese, and the tag of their notes when the page is in another language.</summary>
    public IReadOnlyList<TextMark> Marks { get; init; } = [];

    public string? NoteLang { get; init; }
}

/// <summary>The list of compare pages of a document, by section.</summary>
public sealed record CompareIndexView(PageFrame Frame, string Heading, string Introduction, IReadOnlyList<CompareSectionLink> Sections);

/// <param name="Count">How many plan clauses implement the section.</param>
public sealed record CompareSectionLink(Link Link, string CountText);

/// <summary>Links to the compare pages, under a heading (the Outline's contents panel, region pages).</summary>
public sealed record CompareLinks(string Heading, IReadOnlyList<Link> Links);
