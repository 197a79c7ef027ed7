namespace LongTriangle.Theme.Models;

/// <summary>One heading in a table of contents, with the headings below it.</summary>
/// <param name="Target">The eId the entry points to (the script marks the entry whose clause is in view).</param>
/// <param name="Lang">Set when the text is not in the page's language.</param>
public sealed record TocEntry(string Text, string Href, string Target, string? Lang, IReadOnlyList<TocEntry> Children);
