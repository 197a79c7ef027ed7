using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Reading;

/// <summary>site.yml's base-url: the address the site is published at.</summary>
public sealed class SiteSettingsReaderTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(string yaml)
    {
        var path = _folder.Combine("site.yml");
        File.WriteAllText(path, yaml + "regions:\n  - id: national\n    zh: 国家\n    en: National\n");
        return path;
    }

    // As the content reader reads it: the settings file's text, then the site's rule for an address.
    private Publishing.Site.SiteBase? Read(string yaml) =>
        ContentFiles.AsContentProblem(() => SiteSettings.Read(Write(yaml), _folder.Path, "content/site.yml", ["en"])).BaseUrl is { } b
            ? Publishing.Site.SiteBase.FromSettings(b.Value, "content/site.yml", b.Line, SiteSettings.BaseUrlKey)
            : null;

    [Fact]
    public void A_full_address_is_the_sites_origin_and_path()
    {
        var site = Read("base-url: https://example.org/site\n");
        site.ShouldNotBeNull();
        site.Origin.ShouldBe("https://example.org");
        site.Path.ShouldBe("/site/");
    }

    [Fact]
    public void Without_base_url_there_is_none() => Read("").ShouldBeNull();

    [Theory]
    [InlineData("base-url: /site/\n", "full address")]
    [InlineData("base-url: https://example.org/?x=1\n", "query")]
    [InlineData("base-url: [a, b]\n", "published at")]
    [InlineData("base-url: \"\"\n", "published at")]
    public void A_path_or_a_malformed_address_is_refused_with_file_line_and_key(string yaml, string says)
    {
        var error = Should.Throw<ContentException>(() => Read("# first line\n" + yaml));
        error.File.ShouldBe("content/site.yml");
        error.Line.ShouldBe(2);
        error.Key.ShouldBe("base-url");
        error.Problem.ShouldContain(says);
    }
}
