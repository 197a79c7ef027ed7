using System.Globalization;
using LongTriangle.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace LongTriangle.Browser.Tests.Search;

/// <summary>
/// What a reader's first query downloads (the target of issue 16: at most 300 KB). On a document page, once it
/// has loaded, the reader enters a query in the header's box; every request made from then until the results
/// show and the network is idle is counted, body and headers, as the test server sends them (uncompressed):
/// Pagefind's script and WebAssembly, the index chunks and page records it reads, and the site's own search
/// data. Each kind of query a reader makes is measured: Simplified, Traditional (which adds the shards of the
/// Traditional → Simplified table for its characters), English, a glossary abbreviation (whose other forms are
/// searched too), Chinese on an English page (answered from the Chinese index alone), English on a Chinese page,
/// and a query on a page of the Traditional edition (whose text the shards fold).
/// The figures go to the test output and to test-output/search-download.txt.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchDownloadTests(SiteFixture fixture, ITestOutputHelper output)
{
    private const long FirstQueryBudgetBytes = 300 * 1024;
    private const string TraditionalShards = "/assets/search/traditional/";

    public enum Kind
    {
        Simplified,
        Traditional,
        English,
        GlossaryExpanded,
        ChineseOnEnglishPage,
        EnglishOnChinesePage,
        OnTraditionalPage,
    }

    [Theory]
    [InlineData("zh", "虹桥", Kind.Simplified)]
    [InlineData("zh", "一网通办", Kind.Simplified)]
    [InlineData("zh", "異地就醫", Kind.Traditional)]
    [InlineData("zh", "區域一體化", Kind.Traditional)]
    [InlineData("en", "Hongqiao", Kind.English)]
    [InlineData("en", "business environment", Kind.English)]
    [InlineData("zh", "自贸区", Kind.GlossaryExpanded)]
    [InlineData("zh", "进博会", Kind.GlossaryExpanded)]
    [InlineData("en", "CIIE", Kind.GlossaryExpanded)]
    [InlineData("en", "Import Expo", Kind.GlossaryExpanded)]
    [InlineData("zh", "虹桥 交通", Kind.Simplified)]
    [InlineData("en", "虹桥", Kind.ChineseOnEnglishPage)]
    [InlineData("en", "一网通办", Kind.ChineseOnEnglishPage)]
    [InlineData("zh", "Hongqiao", Kind.EnglishOnChinesePage)]
    [InlineData("zh", "CIIE", Kind.EnglishOnChinesePage)]
    [InlineData("zh-hant", "異地就醫", Kind.OnTraditionalPage)]
    [InlineData("zh-hant", "虹桥", Kind.OnTraditionalPage)]
    public async Task The_first_query_on_a_document_page_downloads_at_most_300_KB(string language, string query, Kind kind)
    {
        var (bytes, urls) = await FirstQueryAsync(language, query, kind);

        bytes.ShouldBeLessThanOrEqualTo(FirstQueryBudgetBytes, string.Join("\n", urls));
        var shards = urls.Where(u => u.StartsWith(TraditionalShards, StringComparison.Ordinal)).ToList();
        if (kind is Kind.Traditional or Kind.OnTraditionalPage)
        {
            // Only the shards of the query's characters (one each at most), never the whole table.
            shards.ShouldNotBeEmpty();
            shards.Count.ShouldBeLessThanOrEqualTo(query.Length);
        }
        else
        {
            shards.ShouldBeEmpty("a Simplified or English query on a Simplified or English page needs no Traditional table");
        }

        // One index and one WebAssembly file: a Chinese query on an English page reads the Chinese index alone, any
        // query on a Chinese page the page's own.
        var index = kind == Kind.ChineseOnEnglishPage ? "zh-hans" : language == "zh" ? "zh-hans" : language;
        urls.Where(u => u.StartsWith("/pagefind/index/", StringComparison.Ordinal) || u.StartsWith("/pagefind/fragment/", StringComparison.Ordinal))
            .ShouldAllBe(u => u.Contains("/" + index + "_", StringComparison.Ordinal));
        urls.Count(u => u.StartsWith("/pagefind/wasm.", StringComparison.Ordinal)).ShouldBe(1);
    }

    private async Task<(long Bytes, IReadOnlyList<string> Urls)> FirstQueryAsync(string language, string query, Kind kind)
    {
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync($"/{language}/national/outline-2019/");
        await reader.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var requests = new List<IRequest>();
        reader.Page.RequestFinished += (_, request) => { lock (requests) requests.Add(request); };

        await reader.Page.Locator("#site-search-input").ClickAsync();
        // The query arrives as one input, as an input method commits a Chinese word or a paste does: typed letter by
        // letter, the searches of its prefixes can add an index chunk (README, Search), which would make the figure
        // depend on the machine's speed.
        await reader.Page.Keyboard.InsertTextAsync(query);
        await reader.Page.Locator("#site-search-results a.search-result-link").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        (await reader.BecomesTrueAsync("q => document.getElementById('site-search-input').value === q && !document.getElementById('site-search-status').textContent.endsWith('…')", query, 20_000))
            .ShouldBeTrue();
        await reader.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        List<IRequest> made;
        lock (requests) made = [.. requests];
        long bytes = 0;
        var lines = new List<string>();
        foreach (var request in made)
        {
            var sizes = await request.SizesAsync();
            var size = sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            bytes += size;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{size,8} {new Uri(request.Url).AbsolutePath}"));
        }

        var report = string.Create(CultureInfo.InvariantCulture,
            $"{kind}: {language} document page, first query '{query}': {bytes / 1024.0:0} KB in {made.Count} requests (budget {FirstQueryBudgetBytes / 1024} KB)");
        output.WriteLine(report);
        output.WriteLine(string.Join("\n", lines));
        Directory.CreateDirectory(SiteFixture.OutputDirectory);
        await File.AppendAllTextAsync(Path.Combine(SiteFixture.OutputDirectory, "search-download.txt"), report + "\n");
        reader.ShouldHaveNoProblems();
        return (bytes, [.. made.Select(r => new Uri(r.Url).AbsolutePath)]);
    }
}
