using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Rendering;

/// <summary>
/// Renders a page, or takes its bytes from the build cache when an earlier build rendered it from the same inputs.
/// A page that states its inputs (<see cref="SitePage.Inputs"/>, digests of what its view is made of) is keyed on
/// them, its component and its path, without making its view. Any other page is keyed on its view model: the view
/// is everything a page prints (the theme reads nothing else), so its serialized form, with the tool's
/// fingerprint, is the whole of the page's inputs, and a page that shows other documents (home, region tables,
/// glossary) misses exactly when what it shows of them changed.
/// </summary>
/// <remarks>With <paramref name="published"/>, a page whose key is that of the same page in the site published at the
/// output, unchanged since, is linked from there rather than copied from the cache (<see cref="PublishedPages"/>).</remarks>
public sealed class CachedPageRenderer(PageRenderer renderer, BuildCache? cache, PublishedPages? published = null)
{
    /// <summary>How values are serialized for a key: fields too, derived types by what they are.</summary>
    internal static JsonSerializerOptions KeyOptions { get; } = new()
    {
        IncludeFields = true,
        Converters = { new RuntimeTypeConverterFactory() },
    };

    /// <summary>
    /// Writes the page to <paramref name="target"/> (a new file): carried over from the published site or copied from
    /// the cache when an earlier build rendered it from the same inputs, so that its bytes never pass through memory,
    /// rendered otherwise.
    /// </summary>
    /// <returns>The bytes when the page was rendered (null when copied; the caller disposes them), and its cache key's
    /// hexadecimal form (null without a cache), which names its bytes as surely as the bytes themselves.</returns>
    public (PageBytes? Rendered, string? Key) RenderTo(SitePage page, string target)
    {
        if (cache is null)
        {
            var bytes = Render(page, null);
            using (var written = File.Create(target)) bytes.WriteTo(written);
            return (bytes, null);
        }
        var key = KeyOf(page, out var view);
        var rendered = CachedSiteFile.WriteTo(cache, published, key, SiteUrls.FileOf(page.SitePath), target, () => Render(page, view));
        return (rendered, key.Hex());
    }

    private PageBytes Render(SitePage page, object? view) => renderer.RenderPage(page.Component, view ?? page.View());

    /// <summary>
    /// A page that states its inputs (<see cref="SitePage.Inputs"/>) is keyed on them, its component and its path
    /// (<paramref name="view"/> stays null: not made); any other on its view model, made here and handed back.
    /// </summary>
    private CacheKey KeyOf(SitePage page, out object? view)
    {
        view = null;
        if (page.Inputs is { } inputs)
        {
            var key = cache!.Key(CacheArea.Page).Add("inputs").Add(page.Component.AssemblyQualifiedName!).Add(page.SitePath);
            foreach (var digest in inputs()) key.Add(digest);
            return key;
        }
        view = page.View();
        return cache!.Key(CacheArea.Page).Add("view")
            .Add(page.Component.AssemblyQualifiedName!)
            .Add(view.GetType().AssemblyQualifiedName!)
            .Add(JsonSerializer.SerializeToUtf8Bytes(view, view.GetType(), KeyOptions));
    }

    /// <summary>
    /// Writes a value held as an abstract type or an interface as what it is (a provenance tree node, the strings
    /// of one language): the serializer would otherwise write only the declared type's members, and two views
    /// that differ in a derived member would make the same key.
    /// </summary>
    private sealed class RuntimeTypeConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            (typeToConvert.IsAbstract || typeToConvert.IsInterface) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(typeToConvert);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) => new RuntimeTypeConverter();

        private sealed class RuntimeTypeConverter : JsonConverter<object>
        {
            public override bool CanConvert(Type typeToConvert) => true;

            public override object Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                throw new NotSupportedException("view keys are written, never read");

            public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options)
            {
                writer.WriteStartObject();
                writer.WriteString("$type", value.GetType().FullName);
                writer.WritePropertyName("value");
                JsonSerializer.Serialize(writer, value, value.GetType(), options);
                writer.WriteEndObject();
            }
        }
    }
}
