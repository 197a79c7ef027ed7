namespace LongTriangle.Browser.Tests.Infrastructure;

/// <summary>One kind of page the site builds, with the path of a real example of it in one language.</summary>
public sealed record PageType(string Name, Func<BuiltSite, string, string> PathIn, bool Missing = false, string? ReadyWhen = null)
{
    public static readonly PageType Home = new("home", (_, language) => $"/{language}/");
    public static readonly PageType Region = new("region", (site, language) => $"/{language}/{site.RegionWithDocuments}/");
    public static readonly PageType Document = new("document", (site, language) => site.LongestDocument.PathIn(language));
    public static readonly PageType Parallel = new("parallel", (site, language) => site.LongestDocument.ParallelPathIn(language));
    public static readonly PageType Provenance = new("provenance", (site, language) => site.LongestDocument.PathIn(language) + "provenance/");
    public static readonly PageType Glossary = new("glossary", (_, language) => $"/{language}/glossary/");
    public static readonly PageType Compare = new("compare", (site, language) => site.RichestComparePage(language));
    public static readonly PageType NotFound = new("404", (_, language) => $"/{language}/no-such-page/", Missing: true);
    public static readonly PageType Search = new("search", (_, language) => $"/{language}/search/?q=" + Uri.EscapeDataString(language == "zh" ? "示范区" : "Hongqiao"),
        ReadyWhen: "#search-page-results a.search-result-link");

    /// <summary>Every kind of page the site may build; <see cref="BuiltSite.PageTypes"/> has those this build has.</summary>
    public static IReadOnlyList<PageType> All { get; } = [Home, Region, Document, Parallel, Provenance, Glossary, Compare, NotFound, Search];

    public override string ToString() => Name;
}
