using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Site;

/// <summary>
/// The rendered HTML of every kind of page, in each of the three renditions, from the content fixture. On a change,
/// review the *.received.html next to the approved file and rename it to approve.
/// </summary>
public sealed class PageApprovalTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    [Theory]
    [InlineData("root", "")]
    [InlineData("zh-home", "zh/")]
    [InlineData("en-home", "en/")]
    [InlineData("zh-region", "zh/shanghai/")]
    [InlineData("en-region", "en/shanghai/")]
    [InlineData("zh-region-empty", "zh/anhui/")]
    [InlineData("en-region-empty", "en/anhui/")]
    [InlineData("zh-document", "zh/national/outline-2019/")]
    [InlineData("en-document", "en/national/outline-2019/")]
    [InlineData("zh-document-plan", "zh/shanghai/shanghai-implementation-plan-2020/")]
    [InlineData("en-document-plan", "en/shanghai/shanghai-implementation-plan-2020/")]
    [InlineData("en-document-untranslated", "en/shanghai/shanghai-urbanisation-2024/")]
    [InlineData("zh-parallel", "zh/national/outline-2019/parallel/")]
    [InlineData("en-parallel", "en/national/outline-2019/parallel/")]
    [InlineData("zh-provenance", "zh/national/outline-2019/provenance/")]
    [InlineData("en-provenance", "en/national/outline-2019/provenance/")]
    [InlineData("zh-glossary", "zh/glossary/")]
    [InlineData("en-glossary", "en/glossary/")]
    [InlineData("zh-search", "zh/search/")]
    [InlineData("en-search", "en/search/")]
    [InlineData("zh-404", "404.html")]
    [InlineData("en-404", "en/404.html")]
    [InlineData("zh-hant-home", "zh-hant/")]
    [InlineData("zh-hant-region", "zh-hant/shanghai/")]
    [InlineData("zh-hant-document", "zh-hant/national/outline-2019/")]
    [InlineData("zh-hant-document-plan", "zh-hant/shanghai/shanghai-implementation-plan-2020/")]
    [InlineData("zh-hant-parallel", "zh-hant/national/outline-2019/parallel/")]
    [InlineData("zh-hant-provenance", "zh-hant/national/outline-2019/provenance/")]
    [InlineData("zh-hant-glossary", "zh-hant/glossary/")]
    [InlineData("zh-hant-search", "zh-hant/search/")]
    [InlineData("zh-hant-404", "zh-hant/404.html")]
    public void Fixture_page_matches_the_approved_html(string name, string sitePath) =>
        site.Page(sitePath).ShouldMatchApproved(c => c.WithFileExtension("html").WithDiscriminator(name).SubFolder("approved").NoDiff());

    [Theory]
    [InlineData("sitemap", "sitemap.xml", "xml")]
    [InlineData("robots", "robots.txt", "txt")]
    [InlineData("data-index", "data/index.json", "json")]
    [InlineData("data-outline", "data/outline-2019.json", "json")]
    public void Fixture_file_matches_the_approved_text(string name, string path, string extension) =>
        File.ReadAllText(Path.Combine(site.Directory, path))
            .ShouldMatchApproved(c => c.WithFileExtension(extension).WithDiscriminator(name).SubFolder("approved").NoDiff());
}
