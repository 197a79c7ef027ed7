namespace LongTriangle.Publishing.Site;

/// <summary>One page to render: where it goes, which page component, and how to make the view model it is fed
/// (made when the page is rendered, so that the views of the whole site are never in memory at once).</summary>
/// <param name="SitePath">Relative to the site root (see <see cref="SiteUrls"/>).</param>
/// <param name="Alternates">The same page in every language, for the sitemap; empty for pages kept out of it.</param>
public sealed record SitePage(string SitePath, Type Component, Func<object> View, IReadOnlyList<(string HrefLang, string SitePath)> Alternates);
