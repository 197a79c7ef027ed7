using LongTriangle.Publishing.Serving;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Serving;

/// <summary>The serve command's server on 127.0.0.1: static-host behaviour and live reload.</summary>
public sealed class PreviewServerTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    [Fact]
    public async Task Serves_pages_with_the_live_reload_script_and_the_languages_404_pages()
    {
        var reload = new LiveReload();
        await using var server = await PreviewServer.StartAsync(site.Directory, 0, reload);
        using var http = new HttpClient { BaseAddress = new Uri(server.Address) };

        var home = await http.GetAsync("/zh/");
        home.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await home.Content.ReadAsStringAsync()).ShouldContain("<script src=\"/__livereload/client.js\" defer></script>\n</head>");

        var css = await http.GetAsync("/assets/css/site.css");
        css.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");

        var missing = await http.GetAsync("/en/no-such-page/");
        missing.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("<h1>Page not found</h1>");
        // Each rendition's folder has its own 404 page, found from the list of renditions.
        (await (await http.GetAsync("/zh-hant/no-such-page/")).Content.ReadAsStringAsync()).ShouldContain("<html lang=\"zh-Hant\"");
        (await (await http.GetAsync("/zh/no-such-page/")).Content.ReadAsStringAsync()).ShouldContain("<html lang=\"zh-Hans\"");

        (await http.GetAsync("/%2e%2e/%2e%2e/etc/passwd")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Open_pages_hear_of_a_published_rebuild()
    {
        var reload = new LiveReload();
        await using var server = await PreviewServer.StartAsync(site.Directory, 0, reload);
        using var http = new HttpClient { BaseAddress = new Uri(server.Address) };
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using var response = await http.GetAsync(LiveReload.EventsPath, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        (await events.ReadLineAsync(cancel.Token)).ShouldBe(": connected");

        reload.Published();

        var lines = new List<string>();
        while (lines.Count < 3) lines.Add(await events.ReadLineAsync(cancel.Token) ?? "");
        lines.ShouldBe(["", "event: reload", "data: 1"]);
    }

    [Fact]
    public void The_script_goes_just_before_the_end_of_head()
    {
        LiveReload.Inject("<html><head><title>x</title></head><body></body></html>")
            .ShouldBe("<html><head><title>x</title><script src=\"/__livereload/client.js\" defer></script>\n</head><body></body></html>");
    }
}
