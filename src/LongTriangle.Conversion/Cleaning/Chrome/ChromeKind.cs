namespace LongTriangle.Conversion.Cleaning.Chrome;

/// <summary>What a line of a scraped page is, when it is not the document's own text.</summary>
public enum ChromeKind
{
    /// <summary>The document's text (or a title, notice header, heading): kept.</summary>
    None,

    // Strong kinds: the line itself shows it belongs to the page, not to the document.
    SourceLine,
    NewsLede,
    Summary,
    Introduction,
    Contact,
    Footer,
    /// <summary>The heading of the page's list of links to its other articles (▼往期回顾▼, 相关阅读).</summary>
    RelatedList,
    Navigation,

    // Weak kinds: page furniture only where it stands among strong chrome at the end of the page.
    SiteName,
    SiteDescription,
    Repeated,
    Fragment,
    /// <summary>A title-like line under a <see cref="RelatedList"/> heading: a link to another article.</summary>
    RelatedLink,

    /// <summary>Not classified by itself: text the page puts before its "以下为全文" introduction.</summary>
    Preamble,

    /// <summary>Not classified by itself: the article's own headline, standing above its byline at the top of the page.</summary>
    Headline,
}

internal static class ChromeKindExtensions
{
    public static bool IsStrong(this ChromeKind kind) => kind is >= ChromeKind.SourceLine and <= ChromeKind.Navigation;

    public static string Describe(this ChromeKind kind) => kind switch
    {
        ChromeKind.SourceLine => "source or date line of the page",
        ChromeKind.NewsLede => "news lede of the page",
        ChromeKind.Summary => "summary of the page",
        ChromeKind.Introduction => "the page's introduction to the document",
        ChromeKind.Contact => "contact details of the site",
        ChromeKind.Footer => "page footer",
        ChromeKind.RelatedList => "heading of the page's links to other articles",
        ChromeKind.Navigation => "navigation of the site",
        ChromeKind.SiteName => "name of the site",
        ChromeKind.SiteDescription => "description of the site",
        ChromeKind.Repeated => "repeats text of the page (title card or lede)",
        ChromeKind.Fragment => "short page fragment among the footer",
        ChromeKind.RelatedLink => "link to another article of the site",
        ChromeKind.Preamble => "page text before its introduction of the document",
        ChromeKind.Headline => "headline of the page above its byline",
        _ => "document text",
    };
}
