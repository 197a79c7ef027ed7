namespace LongTriangle.Theme.Models;

/// <summary>The home page of one language: what the site is, then every region with its documents.</summary>
/// <param name="Regions">The regions that have documents; the others are only named in <paramref name="NotYetPublished"/>.</param>
/// <param name="NotYetPublished">One plain line naming the regions without documents, or null when every region has some.</param>
/// <param name="OtherLanguage">On the site root (the Chinese home for everyone): a prominent way to the English home.</param>
/// <param name="Glossary">The glossary page of the language.</param>
public sealed record HomeView(PageFrame Frame, string Heading, IReadOnlyList<string> Introduction, IReadOnlyList<RegionSummary> Regions, string? NotYetPublished, Link Data, Link? OtherLanguage, Link? Glossary = null);

public sealed record RegionSummary(string Id, string Name, string Href, IReadOnlyList<DocumentSummary> Documents);
