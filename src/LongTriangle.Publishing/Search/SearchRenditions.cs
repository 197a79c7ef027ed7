using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Search;

/// <summary>
/// The renditions as the search script needs them, so that it names none: written by the build as
/// <c>data/renditions.json</c>, <c>{"renditions":[{"code":"zh","tag":"zh-Hans","source":"authoritative"},…]}</c>
/// in <see cref="Renditions.All"/>'s order. The script finds the page's own by its <c>&lt;html lang&gt;</c>;
/// Pagefind names each index by that tag in lower case.
/// </summary>
public static class SearchRenditions
{
    /// <summary>Where the build writes the list, relative to the site root (search.js reads it from there).</summary>
    public const string SitePath = "data/renditions.json";

    public static byte[] Json(IReadOnlyList<Rendition> renditions) => Data.JsonOutput.Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("renditions");
        foreach (var rendition in renditions)
        {
            json.WriteStartObject();
            json.WriteString("code", rendition.Code);
            json.WriteString("tag", rendition.Tag);
            json.WriteString("source", SourceName(rendition.Source));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static string SourceName(TextSource source) => source switch
    {
        TextSource.Authoritative => "authoritative",
        TextSource.Converted => "converted",
        TextSource.Translated => "translated",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>Writes <see cref="SitePath"/> into a built (or staged) site folder.</summary>
    public static void WriteTo(string siteDirectory, IReadOnlyList<Rendition> renditions)
    {
        var path = Path.Combine(siteDirectory, SitePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Json(renditions));
    }
}
