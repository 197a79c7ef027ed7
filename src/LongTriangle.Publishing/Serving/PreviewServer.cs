using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Serving;

/// <summary>
/// Serves a built site on 127.0.0.1 the way a static host does (folders → index.html, 404.html for
/// what is missing, /en/… → en/404.html) and adds live reload: HTML pages get a script that listens
/// for published rebuilds on a server-sent-events endpoint. Reads the folder on every request, so a
/// swapped-in rebuild is served at once.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PreviewServer(WebApplication app) => _app = app;

    public string Address => _app.Urls.First();

    public static async Task<PreviewServer> StartAsync(string siteDirectory, int port, LiveReload reload)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".wasm"] = "application/wasm";

        app.MapGet(LiveReload.ScriptPath, () => Results.Text(LiveReload.Script, "text/javascript", Encoding.UTF8));
        app.MapGet(LiveReload.EventsPath, async (HttpContext http) =>
        {
            http.Response.ContentType = "text/event-stream";
            http.Response.Headers.CacheControl = "no-cache";
            var seen = reload.Generation;
            await http.Response.WriteAsync(": connected\n\n", http.RequestAborted);
            await http.Response.Body.FlushAsync(http.RequestAborted);
            try
            {
                while (!http.RequestAborted.IsCancellationRequested)
                {
                    seen = await reload.NextAfter(seen, http.RequestAborted);
                    await http.Response.WriteAsync($"event: reload\ndata: {seen}\n\n", http.RequestAborted);
                    await http.Response.Body.FlushAsync(http.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
                // The page went away.
            }
        });
        // Every path, files with extensions included (the default fallback pattern skips those).
        app.MapFallback("{**path}", async (HttpContext http) =>
        {
            var (file, status) = Locate(siteDirectory, http.Request.Path.Value ?? "/");
            if (file is null)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                await http.Response.WriteAsync("Not found");
                return;
            }
            http.Response.StatusCode = status;
            http.Response.Headers.CacheControl = "no-store";
            if (file.EndsWith(".html", StringComparison.Ordinal))
            {
                http.Response.ContentType = "text/html; charset=utf-8";
                await http.Response.WriteAsync(LiveReload.Inject(await File.ReadAllTextAsync(file)));
                return;
            }
            http.Response.ContentType = types.TryGetContentType(file, out var type) ? type : "application/octet-stream";
            await http.Response.SendFileAsync(file);
        });

        await app.StartAsync();
        return new PreviewServer(app);
    }

    /// <summary>The file for a request path, with the status to send (200, or 404 with the language's 404 page).</summary>
    public static (string? File, int Status) Locate(string siteDirectory, string requestPath)
    {
        var root = Path.GetFullPath(siteDirectory);
        var relative = Uri.UnescapeDataString(requestPath).TrimStart('/');
        var candidate = Path.GetFullPath(Path.Combine(root, relative));
        if (candidate.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || candidate == root)
        {
            if (File.Exists(candidate)) return (candidate, StatusCodes.Status200OK);
            var index = Path.Combine(candidate, "index.html");
            if (requestPath.EndsWith('/') && File.Exists(index)) return (index, StatusCodes.Status200OK);
        }
        // The 404 page of the rendition whose folder the path is in (the authoritative one's at the root).
        var rendition = Renditions.All.FirstOrDefault(r => relative.StartsWith(r.Code + "/", StringComparison.Ordinal)) ?? Renditions.Authoritative;
        var notFound = Path.Combine(root, Site.SiteUrls.NotFound(rendition));
        return File.Exists(notFound) ? (notFound, StatusCodes.Status404NotFound) : (null, StatusCodes.Status404NotFound);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
