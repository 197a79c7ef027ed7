using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Site;

/// <summary>
/// Where the site is served: a path (<c>/</c>, <c>/LongTriangle.Site/</c>) and, when given as a full URL, an
/// origin. Links inside the site use the path; canonical URLs, OpenGraph and the sitemap use the origin
/// as well when it is known.
/// </summary>
public sealed record SiteBase(string Path, string? Origin)
{
    public static SiteBase Root { get; } = new("/", null);

    /// <summary>Accepts <c>/</c>, <c>/sub/path</c> or <c>https://host/sub/path</c>; always ends with a slash.</summary>
    public static SiteBase Parse(string value)
    {
        var text = value.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
                throw new ContentException("--base-url", null, "a base URL has no query or fragment");
            return new SiteBase(Normalise(uri.AbsolutePath), uri.GetLeftPart(UriPartial.Authority));
        }
        if (!text.StartsWith('/') || text.Contains("//", StringComparison.Ordinal) || text.Contains('?') || text.Contains('#') || text.Contains('\\'))
            throw new ContentException("--base-url", null, $"expected a path such as /LongTriangle.Site/ or a URL such as https://example.org/site/, not '{value}'");
        return new SiteBase(Normalise(text), null);
    }

    private static string Normalise(string path) => path.EndsWith('/') ? path : path + "/";

    /// <summary>The link to a site path (relative to the site root, e.g. <c>zh/national/</c>).</summary>
    public string Href(string sitePath) => Path + sitePath;

    /// <summary>The absolute URL of a site path when the origin is known, else the root-relative link.</summary>
    public string Absolute(string sitePath) => (Origin ?? "") + Path + sitePath;
}
