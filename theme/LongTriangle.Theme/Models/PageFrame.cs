using LongTriangle.Theme.Strings;

namespace LongTriangle.Theme.Models;

/// <summary>
/// Everything the layout of any page shows around its content: head metadata, header, language switch,
/// breadcrumbs. Built by the site model; the theme only prints it.
/// </summary>
/// <param name="Lang">The page's BCP 47 language tag (zh-Hans, en, zh-Hant …).</param>
/// <param name="Canonical">The page's canonical URL (absolute when the site's origin is known).</param>
/// <param name="Alternates">hreflang alternates, every rendition and x-default.</param>
/// <param name="LanguageSwitch">The same page in each other rendition.</param>
/// <param name="Assets">Where the stylesheet and scripts are.</param>
/// <param name="Robots">A robots meta value (noindex for error pages), or null.</param>
/// <param name="Search">The search box in the header.</param>
public sealed record PageFrame(
    string Lang,
    UiStrings Strings,
    string Title,
    string Description,
    string Canonical,
    IReadOnlyList<AlternateLink> Alternates,
    OpenGraph OpenGraph,
    ThemeAssetLinks Assets,
    string HomeHref,
    IReadOnlyList<LanguageSwitchView> LanguageSwitch,
    IReadOnlyList<Link> Breadcrumbs,
    string BodyClass,
    SearchBoxView Search,
    string? Robots = null);

public sealed record AlternateLink(string HrefLang, string Href);

public sealed record OpenGraph(string Type, string Locale, IReadOnlyList<string> AlternateLocales, string SiteName, string Url);

/// <param name="SearchScript">An ES module: the search box and the search page (loads the Pagefind bundle itself).</param>
/// <param name="Icon">The site's icon (SVG); without it every page logs a failed request for /favicon.ico.</param>
/// <param name="Manifest">The web app manifest (name, colours, icon).</param>
public sealed record ThemeAssetLinks(string Stylesheet, string PrintStylesheet, string ColourSchemeScript, string Script, string SearchScript, string Icon, string Manifest);

/// <summary>A link to the same page in another rendition; the script appends the current #fragment.</summary>
public sealed record LanguageSwitchView(string Href, string Label, string Lang);

public sealed record Link(string Href, string Text, string? Lang = null);
