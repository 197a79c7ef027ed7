using System.Text.Encodings.Web;
using System.Text.Json;

namespace LongTriangle.Publishing.Search;

/// <summary>
/// Rewrites Pagefind's page records (<c>fragment/*.pf_fragment</c>) to what the site's search reads, because
/// they are what a query downloads: Pagefind stores a page's text twice, as its content (for its own excerpts)
/// and once more in the text of every element with an id (its anchors). The site's search matches and
/// excerpts clauses from the anchors alone (search-clauses.js), so the content is emptied and only the
/// clause anchors are kept (not alias anchors, which have no text), in document order without their word
/// locations: half the bytes. Pagefind's index and
/// ranking do not read records, and its own reader still accepts them (an empty content gives empty excerpts).
/// </summary>
public static class PagefindRecordCompactor
{
    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Compacts every record of the bundle; returns the index names (the part of a record's name before
    /// its hash, as Pagefind names them: <c>en_3fa9c1b</c>) whose pages hold Chinese text in a clause, and how many
    /// clauses the records hold.</summary>
    public static (IReadOnlySet<string> WithChinese, int Clauses) Compact(string bundle)
    {
        var withChinese = new SortedSet<string>(StringComparer.Ordinal);
        var clauses = 0;
        var folder = Path.Combine(bundle, "fragment");
        if (!Directory.Exists(folder)) return (withChinese, clauses);
        // Reused for every record (see PagefindFragment.Open).
        using var input = new MemoryStream();
        using var buffer = new MemoryStream();
        foreach (var path in Directory.EnumerateFiles(folder, "*.pf_fragment").Order(StringComparer.Ordinal))
        {
            using var document = PagefindFragment.Open(path, input);
            var record = document.RootElement;
            buffer.SetLength(0);
            var chinese = false;
            using (var writer = new Utf8JsonWriter(buffer, Writing))
            {
                writer.WriteStartObject();
                foreach (var property in record.EnumerateObject())
                {
                    if (property.NameEquals("content"))
                    {
                        writer.WriteString("content", "");
                    }
                    else if (property.NameEquals("anchors"))
                    {
                        writer.WriteStartArray("anchors");
                        foreach (var anchor in property.Value.EnumerateArray().Where(IsClause).OrderBy(Location))
                        {
                            // In the order of their locations, which are then left out: the search needs the order
                            // only, and Pagefind's own reader only places its excerpts by them (this site makes none).
                            writer.WriteStartObject();
                            foreach (var field in anchor.EnumerateObject().Where(f => !f.NameEquals("location")))
                                field.WriteTo(writer);
                            writer.WriteEndObject();
                            chinese |= HasHan(anchor.GetProperty("text").GetString());
                            clauses++;
                        }

                        writer.WriteEndArray();
                    }
                    else
                    {
                        property.WriteTo(writer);
                    }
                }

                writer.WriteEndObject();
            }

            PagefindFragment.Write(path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            var name = Path.GetFileNameWithoutExtension(path);
            var hash = name.LastIndexOf('_');
            if (chinese && hash > 0) withChinese.Add(name[..hash]);
        }

        return (withChinese, clauses);
    }

    private static long Location(JsonElement anchor) =>
        anchor.TryGetProperty("location", out var location) && location.TryGetInt64(out var at) ? at : long.MaxValue;

    private static bool IsClause(JsonElement anchor) =>
        anchor.TryGetProperty("id", out var id) && id.GetString() is { Length: > 0 }
        && anchor.TryGetProperty("element", out var element) && PagefindFragment.IsClause(element.GetString())
        && anchor.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String;

    // Han ideographs: the blocks of CommonHanzi.IsHan in the converter, which this project does not reference.
    private static bool HasHan(string? text) =>
        text is not null && text.EnumerateRunes().Any(r => r.Value is >= 0x3400 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3134F);
}
