using LongTriangle.Publishing.Serving;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LongTriangle.Browser.Tests.Infrastructure;

/// <summary>
/// Serves the built folder on 127.0.0.1 like a static host (the publishing library's own mapping of
/// paths to files and 404 pages), without the preview server's live-reload script: its long-lived
/// event stream would be cut at every navigation and show up as a failed request.
/// </summary>
internal sealed class StaticHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticHost(WebApplication app, string origin)
    {
        _app = app;
        Origin = origin;
    }

    /// <summary>http://127.0.0.1:PORT, without a trailing slash.</summary>
    public string Origin { get; }

    public static async Task<StaticHost> StartAsync(string siteDirectory)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".wasm"] = "application/wasm";
        app.MapFallback("{**path}", async (HttpContext http) =>
        {
            var (file, status) = PreviewServer.Locate(siteDirectory, http.Request.Path.Value ?? "/");
            if (file is null)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            http.Response.StatusCode = status;
            http.Response.Headers.CacheControl = "no-store";
            http.Response.ContentType = file.EndsWith(".html", StringComparison.Ordinal)
                ? "text/html; charset=utf-8"
                : types.TryGetContentType(file, out var type) ? type : "application/octet-stream";
            await http.Response.SendFileAsync(file);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticHost(app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
