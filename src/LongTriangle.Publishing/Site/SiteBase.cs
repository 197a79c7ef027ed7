using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Site;

/// <summary>
/// Where the site is served: a path (<c>/</c>, <c>/LongTriangle.Site/</c>) and, when given as a full URL, an
/// origin. Links inside the site use the path; canonical URLs, hreflang alternates, OpenGraph and the
/// sitemap are absolute (<see cref="Absolute"/>): the origin comes from <c>content/site.yml</c>
/// (<c>base-url:</c>) unless the command line gives another (<see cref="Resolve"/>).
/// </summary>
public sealed record SiteBase(string Path, string? Origin)
{
    public static SiteBase Root { get; } = new("/", null);

    /// <summary>Accepts <c>/</c>, <c>/sub/path</c> or <c>https://host/sub/path</c>; always ends with a slash.</summary>
    /// <param name="source">Where the value was written, for the error: the option or the settings file.</param>
    public static SiteBase Parse(string value, string source = "--base-url", int? line = null, string? key = null)
    {
        var text = value.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
                throw new ContentException(source, line, "a base URL has no user name, query or fragment", key);
            return new SiteBase(Normalise(uri.AbsolutePath), uri.GetLeftPart(UriPartial.Authority));
        }
        if (!text.StartsWith('/') || text.Contains("//", StringComparison.Ordinal) || text.Contains('?') || text.Contains('#') || text.Contains('\\'))
            throw new ContentException(source, line, $"expected a path such as /LongTriangle.Site/ or a URL such as https://example.org/site/, not '{value}'", key);
        return new SiteBase(Normalise(text), null);
    }

    /// <summary>
    /// The base a build uses: the command line's when it names an origin; its path with the settings' origin
    /// when it gives a path only (the same site served under a sub-path); else the settings' (site.yml);
    /// the root, without an origin, when neither says.
    /// </summary>
    /// <summary>The site's address as <c>site.yml</c> gives it: a full address (https:// and the host), not a path alone.</summary>
    public static SiteBase FromSettings(string value, string display, int line, string key)
    {
        var site = Parse(value, display, line, key);
        return site.Origin is null
            ? throw new ContentException(display, line, $"base-url is a full address with https:// and the host, not the path '{value}'", key)
            : site;
    }

    public static SiteBase Resolve(SiteBase? commandLine, SiteBase? settings) => commandLine switch
    {
        null => settings ?? Root,
        { Origin: null } path => path with { Origin = settings?.Origin },
        _ => commandLine,
    };

    private static string Normalise(string path) => path.EndsWith('/') ? path : path + "/";

    /// <summary>The link to a site path (relative to the site root, e.g. <c>zh/national/</c>).</summary>
    public string Href(string sitePath) => Path + sitePath;

    /// <summary>
    /// The one way a site path becomes an absolute URL (canonical, alternates, og:url, sitemap, JSON): with the
    /// origin when it is known, else the root-relative link.
    /// </summary>
    public string Absolute(string sitePath) => (Origin ?? "") + Path + sitePath;
}
