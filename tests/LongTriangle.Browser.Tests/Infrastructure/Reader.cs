using System.Collections.Concurrent;

namespace LongTriangle.Browser.Tests.Infrastructure;

/// <summary>
/// One reader's browser context and page. Every request is routed: one that would leave the site's
/// origin is refused and recorded; console errors, page errors, failed requests and error statuses
/// are recorded too, and <see cref="ShouldHaveNoProblems"/> fails the test on any of them.
/// </summary>
public sealed class Reader : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly HashSet<string> _expectedNotFound = [];

    private Reader(IBrowserContext context, IPage page, string origin)
    {
        Context = context;
        Page = page;
        Origin = origin;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public string Origin { get; }

    public static async Task<Reader> StartAsync(IBrowserContext context, string origin)
    {
        var page = await context.NewPageAsync();
        var reader = new Reader(context, page, origin);
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith(origin + "/", StringComparison.Ordinal)) await route.ContinueAsync();
            else
            {
                reader._problems.Enqueue($"request left the site's origin: {route.Request.Method} {url}");
                await route.AbortAsync("blockedbyclient");
            }
        });
        page.Console += (_, message) =>
        {
            if (message.Type != "error") return;
            if (message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal) && reader.IsExpectedNotFound(message.Location)) return;
            reader._problems.Enqueue($"console error on {page.Url}: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => reader._problems.Enqueue($"page error on {page.Url}: {error}");
        page.RequestFailed += (_, request) =>
        {
            if (request.Url.StartsWith(origin + "/", StringComparison.Ordinal))
                reader._problems.Enqueue($"request failed: {request.Method} {request.Url}: {request.Failure}");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !reader.IsExpectedNotFound(response.Url))
                reader._problems.Enqueue($"HTTP {response.Status} for {response.Url}");
        };
        return reader;
    }

    /// <summary>The absolute URL of a site path.</summary>
    public string Url(string path) => Origin + path;

    /// <summary>Opens a site path (with an optional #fragment) and waits until the page and its scripts have run.</summary>
    public async Task GoAsync(string path)
    {
        await Page.GotoAsync(Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
    }

    /// <summary>
    /// Waits until the page is at an absolute URL (polling the URL, as Playwright's expect does: a
    /// navigation that finished before the wait began still counts) and that page has loaded.
    /// </summary>
    public async Task ArriveAtAsync(string url)
    {
        // As a pattern that matches exactly this URL: a plain string is a glob to Playwright, in which the "?" of
        // a query string (…/?highlight=…#eId) stands for any one character.
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(url) + "$"),
            new PageAssertionsToHaveURLOptions { Timeout = 15_000 });
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Opens the example page of a page type and waits until what its scripts add is there (search results).</summary>
    public async Task OpenAsync(PageType type, BuiltSite site, string language)
    {
        var path = type.PathIn(site, language);
        if (type.Missing) await GoToMissingAsync(path);
        else await GoAsync(path);
        if (type.ReadyWhen is not null) await Page.Locator(type.ReadyWhen).First.WaitForAsync();
    }

    /// <summary>Opens a path that is meant not to exist: its 404 status and the console's note of it are not problems.</summary>
    public async Task GoToMissingAsync(string path)
    {
        lock (_expectedNotFound) _expectedNotFound.Add(Url(path));
        var response = await Page.GotoAsync(Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        response.ShouldNotBeNull().Status.ShouldBe(404);
    }

    /// <summary>
    /// Waits (in the page, frame by frame) until a script expression holds; false if it never does
    /// within the timeout, so the caller can assert with a message that shows the state it saw.
    /// </summary>
    public async Task<bool> BecomesTrueAsync(string expression, object? argument = null, float timeout = 10_000)
    {
        try
        {
            await Page.WaitForFunctionAsync(expression, argument, new PageWaitForFunctionOptions { Timeout = timeout });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public IReadOnlyList<string> Problems => [.. _problems];

    public void ShouldHaveNoProblems() =>
        Problems.ShouldBeEmpty("the page had console errors, failed requests or requests off the site's origin");

    private bool IsExpectedNotFound(string url)
    {
        lock (_expectedNotFound) return _expectedNotFound.Any(u => url.StartsWith(u, StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
