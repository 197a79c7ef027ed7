using System.Net;
using System.Text.RegularExpressions;
using LongTriangle.Browser.Tests.Infrastructure;

namespace LongTriangle.Browser.Tests.Reading;

[Collection(BrowserCollection.Name)]
public sealed class CopyToolTests(SiteFixture fixture)
{
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Copy_link_puts_the_clause_URL_on_the_clipboard(string language)
    {
        var (reader, path, id) = await OpenClauseAsync(language);
        await using var _ = reader;

        var copied = await CopyAsync(reader, id, "link");

        copied.ShouldBe(reader.Url(path) + "#" + id);
        reader.ShouldHaveNoProblems();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    [InlineData("zh-hant")]
    public async Task Copy_citation_puts_the_citation_and_the_URL_on_the_clipboard(string language)
    {
        var (reader, path, id) = await OpenClauseAsync(language);
        await using var _ = reader;

        var copied = await CopyAsync(reader, id, "citation");

        var url = reader.Url(path) + "#" + id;
        var citation = CitationInBuiltPage(path, id);
        var title = (await reader.Page.Locator("h1").InnerTextAsync()).Trim();
        if (language == "en")
        {
            copied.ShouldBe(citation + ", " + url);
            // "Issuer, Title (date), …" when the glossary names every issuing body, else "Title (date), …".
            citation.ShouldContain(title + " (", Case.Sensitive);
            citation.ShouldEndWith("(unofficial translation)");
        }
        else
        {
            copied.ShouldBe(citation + "，" + url);
            // Book-title marks inside a title nest as 〈〉 within the outer 《》.
            citation.ShouldStartWith("《" + title.Replace('《', '〈').Replace('》', '〉') + "》");
        }
        // The generated Traditional edition's citation says what it is.
        if (language == "zh-hant") citation.ShouldEndWith("（繁體版，據簡體中文權威文本自動生成）");
        reader.ShouldHaveNoProblems();
    }

    private async Task<(Reader Reader, string Path, string Id)> OpenClauseAsync(string language)
    {
        var site = fixture.Site;
        var path = site.LongestDocument.PathIn(language);
        var id = site.DeepParagraphId(language);
        var reader = await fixture.OpenAsync(clipboard: true);
        await reader.GoAsync(path + "#" + id);
        await ClauseLinkTests.ShouldBeShownAsync(reader, id);
        return (reader, path, id);
    }

    /// <summary>Hovers the clause, presses one of its copy buttons and reads the clipboard once it has changed.</summary>
    internal static async Task<string> CopyAsync(Reader reader, string id, string kind)
    {
        await reader.Page.EvaluateAsync("() => navigator.clipboard.writeText('')");
        var clause = reader.Page.Locator($".clause:has([id='{id}']), .clause[id='{id}']").First;
        await clause.HoverAsync();
        await clause.Locator($"button[data-copy='{kind}']").ClickAsync();
        var changed = await reader.BecomesTrueAsync("async () => (await navigator.clipboard.readText()) !== ''");
        changed.ShouldBeTrue($"pressing copy {kind} left the clipboard empty");
        return await reader.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
    }

    /// <summary>The citation the build wrote into the page for a clause (the expected text, not what the script made of it).</summary>
    private string CitationInBuiltPage(string path, string id)
    {
        var match = Regex.Match(fixture.Site.Html(path), $"id=\"{Regex.Escape(id)}\"[^>]*?\\sdata-cite=\"([^\"]*)\"");
        match.Success.ShouldBeTrue($"#{id} has no citation in the built page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}
