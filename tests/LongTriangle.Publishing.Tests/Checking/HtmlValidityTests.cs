using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Checking;

public sealed class HtmlValidityTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    [Fact]
    public void Every_page_of_the_site_is_valid_html()
    {
        Directory.EnumerateFiles(site.Directory, "*.html", SearchOption.AllDirectories).Count().ShouldBe(61); // 20 pages in each of the three renditions, and the root

        var (exit, output) = HtmlValidator.Validate(site.Directory);

        output.ShouldNotContain("error");
        exit.ShouldBe(0);
    }

    [Fact]
    public void The_validator_rejects_invalid_html()
    {
        // Proves the validation is real: a duplicate id and a stray end tag must be reported.
        using var folder = new TempDirectory();
        File.WriteAllText(folder.Combine("bad.html"),
            "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p id=\"a\">x</p><p id=\"a\">y</p></div></body></html>");

        var (exit, output) = HtmlValidator.Validate(folder.Path);

        exit.ShouldNotBe(0);
        output.ShouldContain("no-dup-id");
    }
}
