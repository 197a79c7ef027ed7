using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Checking;
using LongTriangle.Publishing.Downloads;
using LongTriangle.Publishing.Site;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Downloads;

/// <summary>
/// Each document page offers the document whole: its PDF (printed by the real Chromium when one is installed),
/// its Markdown source, its English translation file and its JSON; every link resolves, and two builds print
/// the same bytes.
/// </summary>
public sealed class DownloadTests
{
    private static BuildResult Build(ContentFixture fixture, string output) =>
        new SiteBuild().Run(new BuildOptions(fixture.ContentDirectory, output, null) { PrintPdf = true }, new QuietStages());

    [Fact]
    public void Every_document_page_links_its_downloads_and_the_PDFs_are_the_same_bytes_build_after_build()
    {
        Chromium.Find().ShouldNotBeNull("the tests need Chromium: scripts/prerequisites.sh test installs it");
        using var fixture = new ContentFixture();
        var first = fixture.Combine("../site-a");
        var second = fixture.Combine("../site-b");
        Build(fixture, first).Published.ShouldBeTrue();
        Build(fixture, second).Published.ShouldBeTrue();

        var pdfs = Directory.GetFiles(Path.Combine(first, "downloads"), "*.pdf").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        // One PDF per document and rendition.
        pdfs.ShouldBe(["outline-2019.en.pdf", "outline-2019.zh-hant.pdf", "outline-2019.zh.pdf",
            "shanghai-implementation-plan-2020.en.pdf", "shanghai-implementation-plan-2020.zh-hant.pdf", "shanghai-implementation-plan-2020.zh.pdf",
            "shanghai-urbanisation-2024.en.pdf", "shanghai-urbanisation-2024.zh-hant.pdf", "shanghai-urbanisation-2024.zh.pdf"]);
        foreach (var pdf in pdfs)
        {
            var bytes = File.ReadAllBytes(Path.Combine(first, "downloads", pdf!));
            System.Text.Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
            bytes.Length.ShouldBeGreaterThan(10_000, pdf);
            bytes.ShouldBe(File.ReadAllBytes(Path.Combine(second, "downloads", pdf!)), pdf);
            // A link the print shows would carry the build's own local server address (and differ build after build).
            System.Text.Encoding.Latin1.GetString(bytes).ShouldNotContain("127.0.0.1", customMessage: pdf);
        }

        var page = File.ReadAllText(Path.Combine(first, "en", "national", "outline-2019", "index.html"));
        page.ShouldContain("href=\"/downloads/outline-2019.en.pdf\" download>PDF for printing</a>");
        page.ShouldContain("href=\"/downloads/outline-2019.zh.md\" download>");
        page.ShouldContain("href=\"/downloads/outline-2019.en.yml\" download>");
        page.ShouldContain("href=\"/data/outline-2019.json\" download>");
        File.ReadAllBytes(Path.Combine(first, "downloads", "outline-2019.zh.md"))
            .ShouldBe(File.ReadAllBytes(fixture.Combine("zh/national/outline-2019.md")));
        LinkChecker.Check(first, SiteBase.Root).Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Without_PDFs_the_pages_offer_the_sources_only_and_name_no_PDF()
    {
        using var fixture = new ContentFixture();
        BuiltSite.Build(fixture).Published.ShouldBeTrue();

        var page = BuiltSite.Page(fixture, "zh/shanghai/shanghai-urbanisation-2024/");
        page.ShouldNotContain(".pdf");
        page.ShouldContain("href=\"/downloads/shanghai-urbanisation-2024.zh.md\" download>");
        // No English file yet: no English download.
        page.ShouldNotContain("shanghai-urbanisation-2024.en.yml");
        Directory.Exists(Path.Combine(fixture.OutputDirectory, "downloads")).ShouldBeTrue();
    }
}
