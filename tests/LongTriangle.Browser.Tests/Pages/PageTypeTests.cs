using System.Text.Json;
using LongTriangle.Browser.Tests.Infrastructure;

namespace LongTriangle.Browser.Tests.Pages;

/// <summary>Every kind of page, in both languages, on a desktop and on a 360 × 740 phone: fits the width, and is photographed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageTypeTests(SiteFixture fixture)
{
    public static TheoryData<string, Device> LanguagesAndDevices => new()
    {
        { "zh", Device.Desktop }, { "en", Device.Desktop }, { "zh", Device.Phone }, { "en", Device.Phone },
    };

    [Theory]
    [MemberData(nameof(LanguagesAndDevices))]
    public async Task Every_page_type_fits_the_screen_without_horizontal_scrolling(string language, Device device)
    {
        var directory = Path.Combine(SiteFixture.OutputDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        await using var reader = await fixture.OpenAsync(device);
        foreach (var type in fixture.Site.PageTypes)
        {
            await reader.OpenAsync(type, fixture.Site, language);
            // Fonts are system fonts (Noto CJK); wait until the page has laid out with them.
            await reader.Page.EvaluateAsync("() => document.fonts.ready.then(() => true)");

            var widths = await reader.Page.EvaluateAsync<JsonElement>(Probes.Widths);
            widths.Number("scrollWidth").ShouldBeLessThanOrEqualTo(widths.Number("innerWidth"), $"{type} ({language}, {device}) scrolls sideways: {widths}");

            var file = Path.Combine(directory, $"{type.Name}-{language}-{device.ToString().ToLowerInvariant()}.png");
            await reader.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = type != PageType.Document && type != PageType.Parallel && type != PageType.Glossary });
            new FileInfo(file).Length.ShouldBeGreaterThan(0);
        }
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task On_a_phone_the_table_of_contents_is_reachable_and_its_links_work(string language)
    {
        var site = fixture.Site;
        var document = site.LongestDocument;
        var target = site.TocTargets(language, document)[^1];
        await using var reader = await fixture.OpenAsync(Device.Phone);
        await reader.GoAsync(document.PathIn(language));

        // The outline opens from the contents button, over the text.
        await reader.Page.Locator("a.contents-button").TapAsync();
        var link = reader.Page.Locator($"nav.toc a[data-toc-target='{target}']");
        await link.ScrollIntoViewIfNeededAsync();
        (await link.IsVisibleAsync()).ShouldBeTrue("the table of contents is not visible on a phone");
        await link.TapAsync();

        await reader.ArriveAtAsync(reader.Url(document.PathIn(language)) + "#" + target);
        await Reading.ClauseLinkTests.ShouldBeShownAsync(reader, target);
        reader.ShouldHaveNoProblems();
    }
}
