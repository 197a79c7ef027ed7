namespace LongTriangle.Theme.Models;

/// <summary>The home page of one language: what the site is, then every region with its documents.</summary>
/// <param name="OtherLanguage">On the site root (the Chinese home for everyone): a prominent way to the English home.</param>
/// <param name="Glossary">The glossary page of the language.</param>
public sealed record HomeView(PageFrame Frame, string Heading, IReadOnlyList<string> Introduction, IReadOnlyList<RegionSummary> Regions, Link Data, Link? OtherLanguage, Link? Glossary = null);

/// <param name="EmptyText">Shown instead of a list when the region has no documents yet.</param>
public sealed record RegionSummary(string Id, string Name, string Href, IReadOnlyList<DocumentSummary> Documents, string EmptyText);
