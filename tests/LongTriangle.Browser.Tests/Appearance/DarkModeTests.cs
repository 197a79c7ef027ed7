using System.Text.Json;
using LongTriangle.Browser.Tests.Infrastructure;

namespace LongTriangle.Browser.Tests.Appearance;

[Collection(BrowserCollection.Name)]
public sealed class DarkModeTests(SiteFixture fixture)
{
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task A_dark_system_preference_renders_every_page_type_dark_with_readable_text(string language)
    {
        await using var reader = await fixture.OpenAsync(colourScheme: ColorScheme.Dark);
        foreach (var type in fixture.Site.PageTypes)
        {
            await reader.OpenAsync(type, fixture.Site, language);

            var colours = await reader.Page.EvaluateAsync<JsonElement>(Probes.Colours);
            ShouldBeDarkAndReadable(colours, $"{type} ({language})");
        }
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task The_toggle_switches_to_dark_and_back_and_is_remembered(string language)
    {
        var site = fixture.Site;
        var id = site.DeepParagraphId(language);
        await using var reader = await fixture.OpenAsync(colourScheme: ColorScheme.Light);
        await reader.GoAsync(site.LongestDocument.PathIn(language) + "#" + id);
        var light = await reader.Page.EvaluateAsync<JsonElement>(Probes.Colours);
        light.Number("backgroundLuminance").ShouldBeGreaterThan(0.5, $"a light system preference should give a light page: {light}");

        await reader.Page.Locator("[data-colour-scheme-toggle]").ClickAsync();
        ShouldBeDarkAndReadable(await reader.Page.EvaluateAsync<JsonElement>(Probes.Colours));
        await ShouldHighlightReadablyAsync(reader, id);

        await reader.Page.ReloadAsync();
        ShouldBeDarkAndReadable(await reader.Page.EvaluateAsync<JsonElement>(Probes.Colours));
        await reader.GoAsync($"/{language}/");
        ShouldBeDarkAndReadable(await reader.Page.EvaluateAsync<JsonElement>(Probes.Colours));

        await reader.Page.Locator("[data-colour-scheme-toggle]").ClickAsync();
        var back = await reader.Page.EvaluateAsync<JsonElement>(Probes.Colours);
        back.Number("backgroundLuminance").ShouldBeGreaterThan(0.5, $"toggling again should give the light page back: {back}");
        back.Number("textContrast").ShouldBeGreaterThanOrEqualTo(4.5, back.ToString());
        reader.ShouldHaveNoProblems();
    }

    private static void ShouldBeDarkAndReadable(JsonElement colours, string page = "the page")
    {
        colours.Number("backgroundLuminance").ShouldBeLessThan(0.05, $"{page} is not dark: {colours}");
        colours.Number("textContrast").ShouldBeGreaterThanOrEqualTo(4.5, $"body text on {page} is hard to read: {colours}");
        colours.Number("linkContrast").ShouldBeGreaterThanOrEqualTo(4.5, $"links on {page} are hard to read: {colours}");
    }

    /// <summary>The highlighted clause's text against the highlight colour.</summary>
    private static async Task ShouldHighlightReadablyAsync(Reader reader, string id)
    {
        var contrast = await reader.Page.EvaluateAsync<double>("id => {" + Probes.ContrastFunctions + """
              const target = document.getElementById(id);
              const clause = target.closest('.clause') || target;
              return contrast(getComputedStyle(target).color, getComputedStyle(clause).backgroundColor);
            }
            """, id);
        contrast.ShouldBeGreaterThanOrEqualTo(4.5, "the highlighted clause's text is hard to read");
    }
}
