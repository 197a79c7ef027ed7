using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using LongTriangle.Browser.Tests.Infrastructure;

namespace LongTriangle.Browser.Tests.Printing;

/// <summary>
/// Printing as a reader does (Chromium's own PDF output of the print stylesheet): one column of text on
/// A4 in either orientation, the clause ids beside the text, side by side aligned row by row.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PrintTests(SiteFixture fixture)
{
    /// <summary>
    /// The Chinese Outline's five chapters hold about 9,400 characters: at 10.5 pt in one full-width column
    /// that is about seven A4 pages, so more than ten means the text is squeezed into a narrow track again.
    /// </summary>
    private const int MostPagesForTheOutline = 10;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_Chinese_Outline_prints_on_at_most_ten_A4_pages(bool landscape)
    {
        var document = fixture.Site.Documents.First(d => d.Region == "national");
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync(document.PathIn("zh"));

        var pdf = await reader.Page.PdfAsync(new PagePdfOptions { Format = "A4", Landscape = landscape, PrintBackground = false });

        var pages = PageCount(pdf);
        pages.ShouldBeGreaterThan(1, "the PDF has no pages");
        pages.ShouldBeLessThanOrEqualTo(MostPagesForTheOutline, $"{(landscape ? "landscape" : "portrait")} A4");
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Printed_text_is_one_column_as_wide_as_the_page_with_every_id_in_the_margin(string language)
    {
        var document = fixture.Site.LongestDocument;
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync(document.PathIn(language));
        await reader.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var layout = await reader.Page.EvaluateAsync<JsonElement>("""
            () => {
              const body = document.querySelector('.document-body').getBoundingClientRect();
              const sidebar = document.querySelector('.document-sidebar');
              const clauses = [...document.querySelectorAll('.document-body .clause[id], .document-body .clause [id]:not(.alias-anchor)')];
              const label = clauses.length ? getComputedStyle(clauses[0], '::before') : null;
              return {
                bodyWidth: body.width,
                pageWidth: document.documentElement.clientWidth,
                sidebarShown: !!sidebar && getComputedStyle(sidebar).display !== 'none',
                labelPosition: label ? label.position : '',
                labelContent: label ? label.content : '',
              };
            }
            """);
        layout.GetProperty("sidebarShown").GetBoolean().ShouldBeFalse("the outline is printed");
        (layout.GetProperty("bodyWidth").GetDouble() / layout.GetProperty("pageWidth").GetDouble())
            .ShouldBeGreaterThan(0.7, $"the printed text is squeezed: {layout}");
        layout.GetProperty("labelPosition").GetString().ShouldBe("absolute", "the id label takes a place in the flow");
        layout.GetProperty("labelContent").GetString().ShouldStartWith("\"#");
        reader.ShouldHaveNoProblems();
    }

    [Fact]
    public async Task Side_by_side_prints_Chinese_and_English_beside_each_other_row_by_row()
    {
        var document = fixture.Site.LongestDocument;
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync(document.ParallelPathIn("zh"));
        await reader.Page.SetViewportSizeAsync(794, 1123);
        await reader.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var rows = await reader.Page.EvaluateAsync<JsonElement>("""
            () => {
              const bad = [];
              const rows = [...document.querySelectorAll('.document-body .parallel-row')];
              for (const row of rows) {
                const zh = row.querySelector(':scope > .parallel-cell[lang="zh-Hans"]').getBoundingClientRect();
                const en = row.querySelector(':scope > .parallel-cell[lang="en"]').getBoundingClientRect();
                if (Math.abs(zh.top - en.top) > 1 || !(zh.right <= en.left)) bad.push(row.id);
              }
              return { rows: rows.length, bad: bad.slice(0, 5), badCount: bad.length };
            }
            """);
        rows.GetProperty("rows").GetInt32().ShouldBeGreaterThan(0);
        rows.GetProperty("badCount").GetInt32().ShouldBe(0, rows.ToString());

        var pdf = await reader.Page.PdfAsync(new PagePdfOptions { Format = "A4" });
        PageCount(pdf).ShouldBeGreaterThan(1);
        reader.ShouldHaveNoProblems();
    }

    /// <summary>The page objects of a PDF (Chromium writes one /Type /Page dictionary per page).</summary>
    private static int PageCount(byte[] pdf) => PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count;

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
