using System.Xml.Linq;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Checking;
using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Site;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Site;

/// <summary>
/// Canonical links, hreflang alternates, og:url, the sitemap and robots.txt give absolute URLs under the
/// site's address: site.yml's base-url, or the one the command line gives instead.
/// </summary>
public sealed class AbsoluteUrlTests
{
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace XhtmlNs = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void Every_shared_url_is_absolute_under_the_address_site_yml_gives()
    {
        using var fixture = new ContentFixture();
        var settings = SiteSettings.Read(fixture.Combine("site.yml"), fixture.ContentDirectory, "content/site.yml", ["en"]).BaseUrl is { } b ? SiteBase.FromSettings(b.Value, "content/site.yml", b.Line, SiteSettings.BaseUrlKey) : null;
        settings.ShouldNotBeNull("content/site.yml gives the site's address");
        BuiltSite.Build(fixture).Published.ShouldBeTrue();

        AssertAllUnder(fixture.OutputDirectory, settings.Origin + settings.Path, settings.Path);
    }

    [Fact]
    public void An_address_on_the_command_line_replaces_site_yml_for_a_site_under_a_sub_path()
    {
        using var fixture = new ContentFixture();
        const string pages = "https://owner.github.io/LongTriangle.Site/";
        BuiltSite.Build(fixture, pages).Published.ShouldBeTrue();

        AssertAllUnder(fixture.OutputDirectory, pages, "/LongTriangle.Site/");
    }

    [Fact]
    public void A_path_on_the_command_line_keeps_site_yml_host()
    {
        using var fixture = new ContentFixture();
        fixture.Replace("site.yml", "base-url: https://longtriangle.site/", "base-url: https://example.org/");
        BuiltSite.Build(fixture, "/sub/").Published.ShouldBeTrue();

        AssertAllUnder(fixture.OutputDirectory, "https://example.org/sub/", "/sub/");
    }

    /// <summary>Every canonical, alternate, og:url, sitemap entry and robots line starts with <paramref name="address"/>; site links stay paths.</summary>
    private static void AssertAllUnder(string site, string address, string path)
    {
        int canonicals = 0, alternates = 0, openGraph = 0;
        foreach (var file in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var page = Path.GetRelativePath(site, file).Replace('\\', '/');
            foreach (var tag in HtmlTokenizer.StartTags(File.ReadAllText(file)))
            {
                var rel = tag.Attribute("rel");
                if (tag.Name == "link" && rel == "canonical")
                {
                    canonicals++;
                    var href = tag.Attribute("href")!;
                    href.ShouldStartWith(address, customMessage: page);
                    if (page.EndsWith("/index.html", StringComparison.Ordinal))
                        href.ShouldBe(address + page[..^"index.html".Length], page);
                }
                else if (tag.Name == "link" && rel == "alternate" && tag.Attribute("hreflang") is not null)
                {
                    alternates++;
                    tag.Attribute("href")!.ShouldStartWith(address, customMessage: page);
                }
                else if (tag.Name == "meta" && tag.Attribute("property") == "og:url")
                {
                    openGraph++;
                    tag.Attribute("content")!.ShouldStartWith(address, customMessage: page);
                }
                else if (tag.Name == "link" && rel == "stylesheet")
                {
                    // Links inside the site stay paths, so a copy of the site works wherever it is served.
                    tag.Attribute("href")!.ShouldStartWith(path, customMessage: page);
                }
            }
        }
        canonicals.ShouldBeGreaterThan(30);
        alternates.ShouldBeGreaterThanOrEqualTo(canonicals * 3, "every language and x-default on every page");
        openGraph.ShouldBe(canonicals);

        var sitemap = XDocument.Load(Path.Combine(site, SiteUrls.Sitemap));
        var locations = sitemap.Descendants(SitemapNs + "loc").Select(l => l.Value).ToList();
        locations.Count.ShouldBeGreaterThan(20);
        locations.ShouldAllBe(l => l.StartsWith(address, StringComparison.Ordinal));
        var links = sitemap.Descendants(XhtmlNs + "link").Select(l => (string)l.Attribute("href")!).ToList();
        links.Count.ShouldBeGreaterThanOrEqualTo(locations.Count * 2);
        links.ShouldAllBe(l => l.StartsWith(address, StringComparison.Ordinal));

        File.ReadAllText(Path.Combine(site, SiteUrls.Robots)).ShouldContain($"Sitemap: {address}{SiteUrls.Sitemap}\n");
    }
}
