using System.IO.Compression;
using System.Text;
using System.Text.Json;
using LongTriangle.Browser.Tests.Infrastructure;

namespace LongTriangle.Browser.Tests.Search;

/// <summary>
/// The search over an index in parts (a large library's: here the repository's five documents built with one document a
/// part, <see cref="PartedSite"/>), in Chromium: a query finds its results in every part, and every kind of query lists
/// the same results, in the same order, with the same count and partial matches, as over one index a language
/// (<see cref="SiteFixture"/>'s site, built from the same content).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPartsTests(SiteFixture fixture, PartedSite parted) : IClassFixture<PartedSite>
{
    private const string Results = "#search-page-results a.search-result-link";
    private const string Partial = "#search-page-partial a.search-result-link";

    [Theory]
    [InlineData("zh", "zh-hans", "一体化")]
    [InlineData("en", "en", "integration")]
    public async Task A_query_finds_results_in_every_part_of_the_index(string language, string index, string query)
    {
        var parts = PagesByPart(index);
        parts.Count.ShouldBeGreaterThanOrEqualTo(3, "the five documents at one document a part make several parts a language");

        var (_, results, _) = await SearchAsync(parted.Origin, language, query, all: true);

        var pages = results.Select(r => r.Split('#')[0].Split('?')[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var (part, inPart) in parts)
            inPart.ShouldContain(p => pages.Contains(p), $"no result of '{query}' from the part {part} ({string.Join(", ", inPart)})");
    }

    [Theory]
    [InlineData("zh", "虹桥")]
    [InlineData("zh", "示范区")]
    [InlineData("zh", "一网通办")]
    [InlineData("zh", "异地就医")]
    [InlineData("zh", "異地就醫")]
    [InlineData("zh", "虹桥 交通")]
    [InlineData("zh", "进口博揽会")]
    [InlineData("zh", "进博会")]
    [InlineData("zh", "Hongqiao")]
    [InlineData("en", "Hongqiao")]
    [InlineData("en", "integration")]
    [InlineData("en", "business environment")]
    [InlineData("en", "CIIE")]
    [InlineData("en", "虹桥")]
    [InlineData("zh-hant", "異地就醫")]
    public async Task A_query_lists_the_same_results_in_the_same_order_as_over_one_index_a_language(string language, string query)
    {
        var whole = await SearchAsync(fixture.Origin, language, query, all: true);
        var inParts = await SearchAsync(parted.Origin, language, query, all: true);

        whole.Results.ShouldNotBeEmpty();
        inParts.Status.ShouldBe(whole.Status);
        inParts.Results.ShouldBe(whole.Results);
        inParts.Partial.ShouldBe(whole.Partial);
    }

    /// <summary>The search page's answer: its status line, every result (More results followed to the end) and the partial matches, as links.</summary>
    private async Task<(string Status, IReadOnlyList<string> Results, IReadOnlyList<string> Partial)> SearchAsync(string origin, string language, string query, bool all)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ReducedMotion = ReducedMotion.Reduce });
        context.SetDefaultTimeout(30_000);
        await using var reader = await Reader.StartAsync(context, origin);
        await reader.GoAsync($"/{language}/search/?q=" + Uri.EscapeDataString(query));
        (await reader.BecomesTrueAsync(
            "() => { const s = document.getElementById('search-page-status').textContent; return s.length > 0 && !s.endsWith('…'); }", null, 30_000))
            .ShouldBeTrue($"no answer to '{query}'");
        var more = reader.Page.Locator("#search-page-more");
        while (all && await more.IsVisibleAsync())
        {
            var before = await reader.Page.Locator(Results).CountAsync();
            await more.ClickAsync();
            (await reader.BecomesTrueAsync($"() => document.querySelectorAll('{Results}').length > {before}")).ShouldBeTrue("More results added nothing");
        }
        var status = await reader.Page.Locator("#search-page-status").TextContentAsync() ?? "";
        var results = await reader.Page.Locator(Results).EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        var partial = await reader.Page.Locator(Partial).EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        reader.ShouldHaveNoProblems();
        return (status, results, partial);
    }

    /// <summary>The pages of each part of a language's index in the parted site's bundle (read from the records of the top
    /// folder's index and of each part's folder that pagefind-entry.json lists), by the part's folder.</summary>
    private IReadOnlyList<(string Part, IReadOnlyList<string> Pages)> PagesByPart(string index)
    {
        var bundle = Path.Combine(parted.SiteDirectory, "pagefind");
        using var entry = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(bundle, "pagefind-entry.json")));
        var language = entry.RootElement.GetProperty("languages").GetProperty(index);
        var folders = new List<string> { "" };
        if (language.TryGetProperty("parts", out var parts)) folders.AddRange(parts.EnumerateArray().Select(p => p.GetProperty("path").GetString()!));
        return [.. folders.Select(folder => (folder.Length == 0 ? "(top)" : folder, (IReadOnlyList<string>)[.. Directory
            .EnumerateFiles(Path.Combine(bundle, folder, "fragment"), index + "_*.pf_fragment")
            .Select(RecordUrl).Order(StringComparer.Ordinal)]))];
    }

    /// <summary>A Pagefind record's page: gzip, then "pagefind_dcd", then JSON with its url.</summary>
    private static string RecordUrl(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        var text = Encoding.UTF8.GetString(buffer.ToArray());
        using var json = JsonDocument.Parse(text["pagefind_dcd".Length..]);
        return json.RootElement.GetProperty("url").GetString()!;
    }
}
