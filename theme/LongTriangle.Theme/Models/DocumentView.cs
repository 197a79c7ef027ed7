namespace LongTriangle.Theme.Models;

/// <summary>A document page: metadata, outline, clauses, neighbours in the region.</summary>
/// <param name="TitleLang">Set when the title is not in the page's language.</param>
/// <param name="ViewSwitch">The link to the other reading mode (side by side or single language).</param>
/// <param name="EnglishTitle">On a Chinese page, the English title, indexed as page metadata so that English
/// search results for the Chinese text name the document in English.</param>
public sealed record DocumentView(
    PageFrame Frame,
    string Title,
    string? TitleLang,
    string Notice,
    MetadataView Metadata,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyList<ClauseView> Clauses,
    ViewSwitch ViewSwitch,
    Link? Previous,
    Link? Next,
    CompareLinks? Compare = null,
    string? EnglishTitle = null)
{
    /// <summary>The document whole, to download: PDF, Markdown source, English translation file, JSON.</summary>
    public IReadOnlyList<Link> Downloads { get; init; } = [];
}

/// <param name="Mode">The mode the link leads to: parallel or single (the script remembers the reader's choice).</param>
public sealed record ViewSwitch(string Href, string Label, string Mode);
