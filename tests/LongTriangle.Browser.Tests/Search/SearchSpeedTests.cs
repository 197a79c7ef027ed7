using System.Globalization;
using LongTriangle.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace LongTriangle.Browser.Tests.Search;

/// <summary>
/// Search as a reader on a slow phone meets it: Chromium with its CPU slowed four times (CDP
/// Emulation.setCPUThrottlingRate). Once the index is loaded, the first results show at most 300 ms after the
/// last keystroke (the target of issue 16). The first query's download (the index, the query variants, the page
/// records it reads) is measured against the target of 300 KB, which it does not meet (see README, Search): the
/// assertion guards the measured size against growth instead. The figures go to the test output and to
/// test-output/search-speed.txt.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchSpeedTests(SiteFixture fixture, ITestOutputHelper output)
{
    private const int ThrottlingRate = 4;
    private const long FirstQueryTargetBytes = 300 * 1024;
    // Measured on content/ of 2026-12-03: zh 384 KB, en 722 KB (every page record of both indexes); bound with room.
    private static readonly Dictionary<string, long> FirstQueryBoundBytes = new() { ["zh"] = 450 * 1024, ["en"] = 800 * 1024 };
    private const double ResultsBudgetMilliseconds = 300;

    private const string Watch = """
        () => {
          const input = document.getElementById('site-search-input');
          const list = document.getElementById('site-search-results');
          window.__searchTimes = { input: 0, shown: 0 };
          input.addEventListener('input', () => { window.__searchTimes.input = performance.now(); });
          new MutationObserver(() => { if (list.children.length) window.__searchTimes.shown = performance.now(); })
            .observe(list, { childList: true });
        }
        """;

    [Theory]
    [InlineData("zh", "虹桥", new[] { "一网通办", "异地就医", "长三角生态绿色一体化发展示范区", "進博會" })]
    [InlineData("en", "Hongqiao", new[] { "demonstration zone", "Import Expo", "户籍", "business environment" })]
    public async Task With_the_CPU_four_times_slower_the_first_query_is_small_and_later_results_are_quick(string language, string first, string[] queries)
    {
        await using var reader = await fixture.OpenAsync();
        await reader.GoAsync($"/{language}/");
        var session = await reader.Page.Context.NewCDPSessionAsync(reader.Page);
        await session.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = ThrottlingRate });
        var requests = new List<IRequest>();
        reader.Page.RequestFinished += (_, request) => { lock (requests) requests.Add(request); };
        await reader.Page.EvaluateAsync(Watch);

        var box = reader.Page.Locator("#site-search-input");
        await box.ClickAsync();
        await reader.Page.Keyboard.TypeAsync(first, new KeyboardTypeOptions { Delay = 80 });
        await reader.Page.Locator("#site-search-results a.search-result-link").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await reader.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        long bytes = 0;
        List<IRequest> firstQuery;
        lock (requests) firstQuery = [.. requests];
        foreach (var request in firstQuery)
        {
            var sizes = await request.SizesAsync();
            bytes += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
        }

        var times = new List<double>();
        foreach (var query in queries)
        {
            await box.FillAsync("");
            await reader.Page.EvaluateAsync("() => { window.__searchTimes.shown = 0; document.getElementById('site-search-results').replaceChildren(); }");
            await reader.Page.Keyboard.TypeAsync(query, new KeyboardTypeOptions { Delay = 80 });
            (await reader.BecomesTrueAsync(
                "q => { const s = document.getElementById('site-search-status').textContent; return window.__searchTimes.shown > window.__searchTimes.input && document.getElementById('site-search-input').value === q && !s.endsWith('…'); }",
                query, 20_000)).ShouldBeTrue($"no results for {query}");
            // Results that a later mutation would replace are not the ones timed: wait until the list is still.
            await Task.Delay(400);
            var elapsed = await reader.Page.EvaluateAsync<double>("() => window.__searchTimes.shown - window.__searchTimes.input");
            times.Add(elapsed);
        }

        var report = string.Create(CultureInfo.InvariantCulture,
            $"{language}: CPU ×{ThrottlingRate}; first query '{first}' downloaded {bytes / 1024.0:0} KB in {firstQuery.Count} requests "
            + $"(target {FirstQueryTargetBytes / 1024} KB: {(bytes <= FirstQueryTargetBytes ? "met" : "not met")}); "
            + $"results after the last keystroke: {string.Join(", ", queries.Zip(times, (q, t) => $"'{q}' {t:0} ms"))} (max {times.Max():0} ms)");
        output.WriteLine(report);
        output.WriteLine(string.Join("\n", firstQuery.Select(r => r.Url)));
        Directory.CreateDirectory(SiteFixture.OutputDirectory);
        await File.AppendAllTextAsync(Path.Combine(SiteFixture.OutputDirectory, "search-speed.txt"), report + "\n");

        bytes.ShouldBeLessThanOrEqualTo(FirstQueryBoundBytes[language], report);
        times.Max().ShouldBeLessThanOrEqualTo(ResultsBudgetMilliseconds, report);
        reader.ShouldHaveNoProblems();
    }
}
