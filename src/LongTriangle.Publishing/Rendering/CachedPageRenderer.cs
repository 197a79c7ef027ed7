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
public sealed class CachedPageRenderer(PageRenderer renderer, BuildCache? cache)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>How values are serialized for a key: fields too, derived types by what they are.</summary>
    internal static JsonSerializerOptions KeyOptions { get; } = new()
    {
        IncludeFields = true,
        Converters = { new RuntimeTypeConverterFactory() },
    };

    /// <summary>The page's HTML, and whether it came from the cache.</summary>
    public (byte[] Bytes, bool FromCache) Render(SitePage page)
    {
        if (cache is null) return (Utf8.GetBytes(renderer.Render(page.Component, page.View())), false);
        object? view = null;
        CacheKey key;
        if (page.Inputs is { } inputs)
        {
            key = cache.Key(CacheArea.Page).Add("inputs").Add(page.Component.AssemblyQualifiedName!).Add(page.SitePath);
            foreach (var digest in inputs()) key.Add(digest);
        }
        else
        {
            view = page.View();
            key = cache.Key(CacheArea.Page).Add("view")
                .Add(page.Component.AssemblyQualifiedName!)
                .Add(view.GetType().AssemblyQualifiedName!)
                .Add(JsonSerializer.SerializeToUtf8Bytes(view, view.GetType(), KeyOptions));
        }
        if (cache.Read(key) is { } cached) return (cached, true);
        var bytes = Utf8.GetBytes(renderer.Render(page.Component, view ?? page.View()));
        cache.Write(key, bytes);
        return (bytes, false);
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
