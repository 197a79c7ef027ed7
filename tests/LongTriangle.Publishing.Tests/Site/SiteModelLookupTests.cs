using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Tests.Site;

/// <summary>The site model's lookups made once (a region's documents, a document's localised form, a region's
/// place), against the repository's own content: what a scan of every document gives.</summary>
public sealed class SiteModelLookupTests
{
    private static readonly SiteModel Site = new(ContentReader.Read(RepositoryRoot.Content), SiteBase.Root);

    [Fact]
    public void A_region_lists_its_documents_in_site_order_and_a_region_without_any_lists_none()
    {
        Site.Content.Regions.Length.ShouldBeGreaterThan(1);
        foreach (var region in Site.Content.Regions)
            Site.DocumentsIn(region).Select(d => d.Slug).ShouldBe(Site.Documents.Where(d => d.Region.Id == region.Id).Select(d => d.Slug));
        Site.Content.Regions.Sum(r => Site.DocumentsIn(r).Count).ShouldBe(Site.Documents.Count);
        Site.DocumentsIn(Site.Content.Regions[0] with { Id = "nowhere" }).ShouldBeEmpty();
    }

    [Fact]
    public void Every_document_finds_its_localised_form_and_its_region_s_place()
    {
        Site.Documents.Count.ShouldBeGreaterThan(1);
        foreach (var document in Site.Documents)
        {
            Site.Localised(document.Document).ShouldBeSameAs(document);
            Site.RegionOrder(document.Document).ShouldBe(Site.Content.Regions.ToList().FindIndex(r => r.Id == document.Region.Id));
        }
    }

    [Fact]
    public void A_document_of_another_site_is_refused_by_name()
    {
        var stranger = Site.Documents[0].Document with { Metadata = Site.Documents[0].Document.Metadata with { Slug = "not-in-this-site" } };
        Should.Throw<InvalidOperationException>(() => Site.Localised(stranger)).Message.ShouldContain("not-in-this-site");
    }
}
