using System.Net;
using System.Net.Sockets;

namespace LongTriangle.Publishing.Downloads;

/// <summary>
/// The staging folder served on 127.0.0.1 under the site's base path, only for the build's own Chromium to
/// print pages as readers' browsers show them (the pages' links are root-relative, so file:// would not do).
/// </summary>
public sealed class StaticFileServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _basePath;
    private readonly Task _serving;

    public StaticFileServer(string root, string basePath)
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath;
        var port = FreePort();
        Address = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Address + "/");
        _listener.Start();
        _serving = Task.Run(Serve);
    }

    /// <summary>The origin, e.g. <c>http://127.0.0.1:40123</c>; pages are under it at the base path.</summary>
    public string Address { get; }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            try
            {
                var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
                var file = path.StartsWith(_basePath, StringComparison.Ordinal) ? Locate(path[_basePath.Length..]) : null;
                if (file is null)
                {
                    context.Response.StatusCode = 404;
                }
                else
                {
                    context.Response.ContentType = ContentType(file);
                    var bytes = await File.ReadAllBytesAsync(file);
                    await context.Response.OutputStream.WriteAsync(bytes);
                }
            }
            catch (Exception e) when (e is IOException or HttpListenerException)
            {
                // Chromium went away mid-request; nothing to answer.
            }
            finally
            {
                context.Response.Close();
            }
        }
    }

    /// <summary>A file inside the root only; a folder serves its index.html.</summary>
    private string? Locate(string sitePath)
    {
        var full = Path.GetFullPath(Path.Combine(_root, Site.SiteUrls.FileOf(sitePath)));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        return File.Exists(full) ? full : null;
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".json" or ".webmanifest" => "application/json",
        ".svg" => "image/svg+xml",
        ".woff2" => "font/woff2",
        ".wasm" => "application/wasm",
        _ => "application/octet-stream",
    };

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _serving.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
