using LongTriangle.Publishing.Content;
using LongTriangle.Theme.Pages;

namespace LongTriangle.Publishing.Site;

/// <summary>Lists every page of the site with the view model it is rendered from and, where they are stated, the
/// inputs it is keyed on in the build cache (<see cref="PageInputs"/>; the home, region, glossary, search and 404
/// pages show something of every document and are keyed by their view), in a fixed order.</summary>
public static class SitePlanner
{
    public static IReadOnlyList<SitePage> Plan(SiteModel site) => Plan(site, new PageInputs(site));

    /// <param name="inputs">The site's page inputs, shared with the other files keyed on them (each digest made once).</param>
    public static IReadOnlyList<SitePage> Plan(SiteModel site, PageInputs inputs)
    {
        // Each page's inputs stand beside its view: a page keyed on them must show nothing they leave out.
        var pages = new List<SitePage>
        {
            new(SiteUrls.Root, typeof(HomePage), () => HomeViewFactory.Create(site, Renditions.Authoritative, atRoot: true), []),
        };
        // Found once, by reference: comparing every document with every section's made a thousand documents cost seconds.
        var compared = site.CompareSections.Select(s => s.Document).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var language in Renditions.All)
        {
            pages.Add(new(SiteUrls.Home(language), typeof(HomePage), () => HomeViewFactory.Create(site, language, atRoot: false),
                Alternates(SiteUrls.Home, xDefault: SiteUrls.Root)));
            foreach (var region in site.Content.Regions)
            {
                pages.Add(new(SiteUrls.Region(language, region.Id), typeof(RegionPage), () => RegionViewFactory.Create(site, region, language),
                    Alternates(l => SiteUrls.Region(l, region.Id))));
            }
            foreach (var document in site.Documents)
            {
                var doc = document.Document;
                pages.Add(new(SiteUrls.Document(language, doc), typeof(DocumentPage), () => DocumentViewFactory.Create(site, document, language),
                    Alternates(l => SiteUrls.Document(l, doc))) { Inputs = () => inputs.DocumentPage(document) });
                pages.Add(new(SiteUrls.Parallel(language, doc), typeof(ParallelPage), () => ParallelViewFactory.Create(site, document, language),
                    Alternates(l => SiteUrls.Parallel(l, doc))) { Inputs = () => inputs.DocumentPage(document) });
                if (doc.Provenance is { } provenance)
                {
                    pages.Add(new(SiteUrls.Provenance(language, doc), typeof(ProvenancePage), () => ProvenanceViewFactory.Create(site, document, provenance, language),
                        Alternates(l => SiteUrls.Provenance(l, doc))) { Inputs = () => inputs.ProvenancePage(document) });
                }
            }
            pages.Add(new(SiteUrls.Glossary(language), typeof(GlossaryPage), () => GlossaryViewFactory.Create(site, language),
                Alternates(SiteUrls.Glossary)));
            foreach (var document in site.Documents.Where(d => compared.Contains(d.Document)))
            {
                pages.Add(new(SiteUrls.CompareIndex(language, document.Document), typeof(CompareIndexPage), () => CompareViewFactory.CreateIndex(site, document, language),
                    Alternates(l => SiteUrls.CompareIndex(l, document.Document))) { Inputs = () => inputs.CompareIndexPage(document) });
            }
            foreach (var section in site.CompareSections)
            {
                pages.Add(new(SiteUrls.Compare(language, section.Document, section.Heading.Id.Value), typeof(ComparePage), () => CompareViewFactory.Create(site, section, language),
                    Alternates(l => SiteUrls.Compare(l, section.Document, section.Heading.Id.Value))) { Inputs = () => inputs.ComparePage(section) });
            }
            // Kept out of the sitemap (no alternates): a search page without a query has nothing to index.
            pages.Add(new(SiteUrls.Search(language), typeof(SearchPage), () => SearchViewFactory.Create(site, language), []));
            pages.Add(new(SiteUrls.NotFound(language), typeof(NotFoundPage), () => NotFoundViewFactory.Create(site, language), []));
        }
        return pages;
    }

    /// <summary>The page in every rendition, and for readers of none the authoritative one (or <paramref name="xDefault"/>).</summary>
    private static IReadOnlyList<(string, string)> Alternates(Func<Rendition, string> path, string? xDefault = null) =>
    [
        .. Renditions.All.Select(rendition => (rendition.Tag, path(rendition))),
        ("x-default", xDefault ?? path(Renditions.Authoritative)),
    ];
}
