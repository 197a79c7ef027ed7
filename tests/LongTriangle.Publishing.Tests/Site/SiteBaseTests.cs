using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Tests.Site;

/// <summary>Where the site is served, and how a site path becomes the absolute URL of a canonical link.</summary>
public sealed class SiteBaseTests
{
    [Theory]
    [InlineData("https://example.org", "https://example.org", "/")]
    [InlineData("https://example.org/site", "https://example.org", "/site/")]
    [InlineData("http://127.0.0.1:8790/", "http://127.0.0.1:8790", "/")]
    [InlineData("/LongTriangle.Site/", null, "/LongTriangle.Site/")]
    [InlineData("/", null, "/")]
    public void A_base_url_is_an_origin_and_a_path_ending_in_a_slash(string value, string? origin, string path)
    {
        var site = SiteBase.Parse(value);
        site.Origin.ShouldBe(origin);
        site.Path.ShouldBe(path);
    }

    [Theory]
    [InlineData("https://example.org/site/?a=1")]
    [InlineData("https://user@example.org/")]
    [InlineData("ftp://example.org/")]
    [InlineData("site/")]
    [InlineData("//example.org/")]
    public void Anything_else_is_refused_naming_where_it_was_written(string value)
    {
        var error = Should.Throw<ContentException>(() => SiteBase.Parse(value, "content/site.yml", 4, "base-url"));
        error.File.ShouldBe("content/site.yml");
        error.Line.ShouldBe(4);
        error.Key.ShouldBe("base-url");
    }

    [Fact]
    public void Absolute_joins_origin_path_and_site_path()
    {
        SiteBase.Parse("https://example.org/site/").Absolute("en/national/outline-2019/")
            .ShouldBe("https://example.org/site/en/national/outline-2019/");
        SiteBase.Parse("/site/").Absolute("en/").ShouldBe("/site/en/");
    }

    [Fact]
    public void The_settings_give_the_base_when_the_command_line_does_not()
    {
        var settings = SiteBase.Parse("https://example.org/");
        SiteBase.Resolve(null, settings).ShouldBe(settings);
        SiteBase.Resolve(null, null).ShouldBe(SiteBase.Root);
    }

    [Fact]
    public void A_full_address_on_the_command_line_replaces_the_settings()
    {
        var pages = SiteBase.Parse("https://owner.github.io/LongTriangle.Site/");
        SiteBase.Resolve(pages, SiteBase.Parse("https://example.org/")).ShouldBe(pages);
    }

    [Fact]
    public void A_path_on_the_command_line_keeps_the_settings_host()
    {
        SiteBase.Resolve(SiteBase.Parse("/sub/"), SiteBase.Parse("https://example.org/other/"))
            .ShouldBe(new SiteBase("/sub/", "https://example.org"));
        SiteBase.Resolve(SiteBase.Parse("/sub/"), null).ShouldBe(new SiteBase("/sub/", null));
    }
}
