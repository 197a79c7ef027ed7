using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Site;

/// <summary>
/// The URL scheme, in one place. Site paths are relative to the site root and end with '/' for pages
/// (written as <c>index.html</c> in that folder):
/// <code>
/// (root)                               authoritative (Chinese) home, x-default
/// zh/  en/  zh-hant/                   home per rendition (Renditions.All)
/// zh/&lt;region&gt;/                        a region's table of contents
/// zh/&lt;region&gt;/&lt;slug&gt;/                 a document
/// zh/&lt;region&gt;/&lt;slug&gt;/parallel/        the document, Chinese and English side by side
/// zh/&lt;region&gt;/&lt;slug&gt;/provenance/      everything repaired or removed in preparing it
/// zh/national/&lt;slug&gt;/compare/&lt;eId&gt;/  a section of the Outline beside the plans' clauses implementing it
/// zh/search/  en/search/               search (?q=the query)
/// zh/glossary/  en/glossary/           the glossary, each term linking to the clauses that use it
/// pagefind/…                           the search index (written by Pagefind after the link check)
/// 404.html  en/404.html  zh-hant/404.html  not found
/// data/index.json  data/&lt;slug&gt;.json     machine-readable documents
/// data/concordance.json                which plan clause implements which Outline clause
/// assets/…                             theme stylesheets and scripts
/// </code>
/// The same path below zh/, en/ and zh-hant/ is the same page in another rendition.
/// </summary>
public static class SiteUrls
{
    public const string Root = "";

    public static string Home(Rendition language) => language.Code + "/";

    public static string Region(Rendition language, string region) => $"{language.Code}/{region}/";

    public static string Document(Rendition language, PolicyDocument document) => $"{language.Code}/{document.RegionId}/{document.Slug}/";

    public static string Parallel(Rendition language, PolicyDocument document) => Document(language, document) + "parallel/";

    public static string Provenance(Rendition language, PolicyDocument document) => Document(language, document) + "provenance/";

    /// <summary>The search page; the query is in ?q=.</summary>
    /// <summary>An implemented document's section beside the plans' clauses implementing it.</summary>
    public static string Compare(Rendition language, PolicyDocument document, string sectionId) => $"{CompareIndex(language, document)}{sectionId}/";

    /// <summary>The list of a document's compare pages.</summary>
    public static string CompareIndex(Rendition language, PolicyDocument document) => Document(language, document) + "compare/";

    public const string ConcordanceData = "data/concordance.json";

    public static string Search(Rendition language) => language.Code + "/search/";

    public static string Glossary(Rendition language) => language.Code + "/glossary/";

    /// <summary>The authoritative rendition's not-found page is the one servers show for any missing path.</summary>
    public static string NotFound(Rendition language) => language.IsAuthoritative ? "404.html" : language.Code + "/404.html";

    public static string Data(PolicyDocument document) => $"data/{document.Slug}.json";

    /// <summary>The document's Chinese Markdown source, as a download.</summary>
    public static string Markdown(PolicyDocument document) => $"downloads/{document.Slug}.zh.md";

    /// <summary>The document's English translation file, as a download.</summary>
    public static string TranslationSource(PolicyDocument document) => $"downloads/{document.Slug}.en.yml";

    /// <summary>The document printed to PDF in one language.</summary>
    public static string Pdf(Rendition rendition, PolicyDocument document) => $"downloads/{document.Slug}.{rendition.Code}.pdf";

    public const string DataIndex = "data/index.json";

    public const string Sitemap = "sitemap.xml";

    public const string Robots = "robots.txt";

    public static string Asset(string path) => "assets/" + path;

    /// <summary>The file a site path is written to: folders get index.html.</summary>
    public static string FileOf(string sitePath) => sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
}
