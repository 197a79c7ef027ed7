namespace LongTriangle.Publishing.Site;

/// <summary>One page to render: where it goes, which page component, and the view model it is fed.</summary>
/// <param name="SitePath">Relative to the site root (see <see cref="SiteUrls"/>).</param>
/// <param name="Alternates">The same page in every language, for the sitemap; empty for pages kept out of it.</param>
public sealed record SitePage(string SitePath, Type Component, object View, IReadOnlyList<(string HrefLang, string SitePath)> Alternates);
