namespace LongTriangle.Publishing.Site;

/// <summary>One page to render: where it goes, which page component, and how to make the view model it is fed
/// (made when the page is rendered, so that the views of the whole site are never in memory at once).</summary>
/// <param name="SitePath">Relative to the site root (see <see cref="SiteUrls"/>).</param>
/// <param name="Alternates">The same page in every language, for the sitemap; empty for pages kept out of it.</param>
public sealed record SitePage(string SitePath, Type Component, Func<object> View, IReadOnlyList<(string HrefLang, string SitePath)> Alternates)
{
    /// <summary>
    /// Digests of everything the view is made of (<see cref="PageInputs"/>), computed without making it: the page
    /// cache keys the page on them. Null for a page whose dependencies are not stated: it is keyed by its view.
    /// </summary>
    public Func<IReadOnlyList<byte[]>>? Inputs { get; init; }
}
