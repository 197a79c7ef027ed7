using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LongTriangle.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LongTriangle.Browser.Tests.Reading;

/// <summary>
/// A reader who arrives by a link made before an eId was reused (content/aliases.yml) sees, at that place, where
/// the text it meant is now, can read the notice on the arrival highlight, and reaches that text by its link.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReusedIdNoticeTests(SiteFixture fixture)
{
    private const string Notice = "class=\"reused-id-note\"";

    [Theory]
    [InlineData("zh", ColorScheme.Light)]
    [InlineData("zh", ColorScheme.Dark)]
    [InlineData("en", ColorScheme.Light)]
    [InlineData("en", ColorScheme.Dark)]
    [InlineData("zh-hant", ColorScheme.Dark)]
    public async Task An_old_link_to_a_reused_eId_shows_where_its_text_is_and_leads_there(string language, ColorScheme scheme)
    {
        // Any document whose aliases.yml entry reuses an eId; the content has one (the Zhejiang plan's part_4).
        var document = fixture.Site.Documents.FirstOrDefault(d => fixture.Site.Html(d.PathIn(language)).Contains(Notice, StringComparison.Ordinal));
        document.ShouldNotBeNull("no document page shows a reused-eId notice");
        await using var reader = await fixture.OpenAsync(colourScheme: scheme);
        await reader.GoAsync(document.PathIn(language));
        var first = reader.Page.Locator(".clause:has(> .reused-id-note)").First;
        var reusedId = await first.Locator("> [id]").First.GetAttributeAsync("id");
        var target = await first.Locator("> .reused-id-note a").GetAttributeAsync("href");
        reusedId.ShouldNotBeNull();
        target.ShouldNotBeNull();
        target.ShouldStartWith("#");

        await reader.GoAsync(document.PathIn(language) + "#" + reusedId);
        var note = reader.Page.Locator($".clause:has(> [id='{reusedId}']) > .reused-id-note");
        (await note.IsVisibleAsync()).ShouldBeTrue();
        var axe = await reader.Page.RunAxe(new AxeRunContext { Include = [new AxeSelector(".clause:has(:target)")] },
            new AxeRunOptions { ResultTypes = [ResultType.Violations] });
        axe.Violations.Select(v => $"{v.Impact} {v.Id} at {string.Join(" | ", v.Nodes.Take(2).Select(n => n.Html))}").ShouldBeEmpty();

        await note.Locator("a").ClickAsync();
        await reader.ArriveAtAsync(reader.Url(document.PathIn(language) + target));
        (await reader.Page.Locator($".clause:has(> [id='{target[1..]}'])").First.IsVisibleAsync()).ShouldBeTrue();
        reader.ShouldHaveNoProblems();
    }
}
