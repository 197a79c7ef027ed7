using LongTriangle.Publishing.Content;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace LongTriangle.Publishing.Search;

/// <summary>
/// The query variants the search takes from the glossary (<c>content/glossary.yml</c>): every form of one
/// term (Chinese, its Chinese variants and abbreviations, the English, its abbreviation and accepted
/// variants) in one group, so that a query naming one form also finds the others (进博会 → 中国国际进口博览会,
/// "Hongqiao CBD" → 虹桥商务区). Written by the build as <c>data/search-terms.json.gz</c> (gzip-compressed, a third
/// of the bytes: it is downloaded with every first query; search.js decompresses it); without a glossary the file
/// lists no groups. English forms with a trailing <c>*</c> (inflection patterns) are left out.
/// </summary>
public static class SearchTerms
{
    public const string GlossaryFile = "glossary.yml";

    /// <summary>Where the build writes the groups, relative to the site root (search.js reads it from there).</summary>
    public const string SitePath = "data/search-terms.json.gz";

    /// <summary>The groups of the site's glossary (already read with the content), in the glossary's order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Groups(Glossary glossary) =>
        [.. glossary.Terms
            .Select(t => (IReadOnlyList<string>)[.. t.ChineseForms.Concat(t.EnglishForms)
                .Select(v => v.Trim()).Where(v => v.Length > 0 && !v.Contains('*', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)])
            .Where(g => g.Count > 1)];

    /// <summary>
    /// The JSON the browser reads: <c>{"source":"glossary.yml","groups":[["进口博览会","进博会","China International Import Expo",…],…]}</c>,
    /// one group a line and no other spaces: it is downloaded with the first query.
    /// </summary>
    public static byte[] Json(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        var text = new StringBuilder("{\"source\":").Append(JsonSerializer.Serialize(GlossaryFile, Options)).Append(",\"groups\":[");
        for (var i = 0; i < groups.Count; i++)
            text.Append(i == 0 ? "\n" : ",\n").Append(JsonSerializer.Serialize(groups[i], Options));
        text.Append("]}\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>
    /// <paramref name="json"/> gzip-compressed: the same bytes for the same input (the gzip header of .NET's
    /// <see cref="GZipStream"/> holds no time or file name).
    /// </summary>
    public static byte[] Compress(byte[] json)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(json);
        return buffer.ToArray();
    }

    /// <summary>Writes <see cref="SitePath"/> into a built (or staged) site folder.</summary>
    public static void WriteTo(string siteDirectory, Glossary glossary)
    {
        var path = Path.Combine(siteDirectory, SitePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Compress(Json(Groups(glossary))));
    }
}
