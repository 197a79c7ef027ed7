using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LongTriangle.Publishing.Rendering;

/// <summary>
/// Renders theme page components to static HTML with Razor's <see cref="HtmlRenderer"/>. Output is
/// escaped by the renderer; the encoder allows all of Unicode so Chinese stays readable in the files
/// instead of becoming character references.
/// </summary>
/// <param name="chunks">Where rendered pages' chunks come from: one pool for the renderers of a stage, so that a page's
/// chunks serve the next page (by default a pool of this renderer's own).</param>
public sealed class PageRenderer(PageChunkPool? chunks = null) : IAsyncDisposable, IDisposable
{
    private readonly ServiceProvider _services = Services();
    private readonly PageChunkPool _chunks = chunks ?? new PageChunkPool();

    private static ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All));
        return services.BuildServiceProvider();
    }

    /// <summary>Renders a page component whose one parameter is <c>View</c>, as text.</summary>
    public string Render(Type component, object view) => Encoding.UTF8.GetString(RenderUtf8(component, view));

    /// <summary>Renders a page component whose one parameter is <c>View</c>: the tidy HTML in UTF-8 (<see cref="TidyUtf8Writer"/>).</summary>
    public byte[] RenderUtf8(Type component, object view)
    {
        using var page = RenderPage(component, view);
        return page.ToArray();
    }

    /// <summary>Renders a page component whose one parameter is <c>View</c>: the tidy HTML in UTF-8 (<see cref="TidyUtf8Writer"/>),
    /// in chunks none of which is a large object (the caller disposes it).</summary>
    public PageBytes RenderPage(Type component, object view)
    {
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["View"] = view });
        // A renderer keeps every root component it rendered, with its render tree, until it is disposed: one
        // renderer per page, so that a worker does not hold the trees of every page it rendered.
        using var renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        using var writer = new TidyUtf8Writer(_chunks);
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var root = await renderer.RenderComponentAsync(component, parameters);
            root.WriteHtmlTo(writer);
        }).GetAwaiter().GetResult();
        return writer.TakePage();
    }

    public void Dispose() => _services.Dispose();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
