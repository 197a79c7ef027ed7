using System.Text.RegularExpressions;

namespace LongTriangle.Content;

/// <summary>
/// The shapes of the content format's identifiers and dates (docs/content-format.md), for the converter
/// that writes them (from sidecars) and the site that reads them (from front matter). eIds: <see cref="ClauseId"/>.
/// </summary>
public static partial class ContentPatterns
{
    /// <summary>A document's slug: lower-case words of letters and digits joined by single hyphens (a URL and file name segment).</summary>
    public static bool IsSlug(string text) => Slug().IsMatch(text);

    /// <summary>A region id of site.yml: lower-case letters, digits and hyphens (a folder and URL segment).</summary>
    public static bool IsRegionId(string text) => RegionId().IsMatch(text);

    /// <summary>The shape of a date in sidecars and front matter: YYYY-MM-DD (whether it is a real date is checked by parsing).</summary>
    public static bool IsDate(string text) => Date().IsMatch(text);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionId();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Date();
}
