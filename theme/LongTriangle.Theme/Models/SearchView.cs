namespace LongTriangle.Theme.Models;

/// <summary>The search page of one language: the query comes from ?q= in the URL, so a search can be linked.</summary>
public sealed record SearchView(PageFrame Frame, string Heading, string Introduction, IReadOnlyList<SearchFilterView> Filters);

/// <summary>One filter of the search page (region, type) and its choices.</summary>
/// <param name="Name">The index's filter name; the select is #search-filter-{Name} and the URL parameter {Name}.</param>
public sealed record SearchFilterView(string Name, string Label, IReadOnlyList<SearchFilterOption> Options);

/// <param name="Value">The indexed value (language-neutral).</param>
/// <param name="Text">What the reader sees.</param>
public sealed record SearchFilterOption(string Value, string Text, string? Lang);
