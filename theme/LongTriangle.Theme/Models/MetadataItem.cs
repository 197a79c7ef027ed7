namespace LongTriangle.Theme.Models;

/// <summary>One labelled fact (issuer, date, number …); <paramref name="Href"/> makes the value a link.</summary>
public sealed record MetadataItem(string Label, string Value, string? Href = null, string? Lang = null);
