using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace LongTriangle.Publishing.Search;

/// <summary>One page's record in a Pagefind bundle: gzip, then a "pagefind_dcd" marker, then JSON.</summary>
public static class PagefindFragment
{
    private static readonly byte[] Marker = Encoding.ASCII.GetBytes("pagefind_dcd");

    public static JsonElement Read(string path)
    {
        using var input = File.OpenRead(path);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (!bytes.AsSpan().StartsWith(Marker))
            throw new SearchIndexException($"{path}: not a Pagefind fragment (this version of Pagefind writes another format)");
        using var json = JsonDocument.Parse(bytes.AsMemory(Marker.Length));
        return json.RootElement.Clone();
    }

    /// <summary>
    /// Writes a record in the same format. Optimal, not SmallestSize: on our records the smallest is 0.5 % smaller
    /// and up to ten times slower, which a library of thousands of pages would feel in every build.
    /// </summary>
    public static void Write(string path, ReadOnlySpan<byte> json)
    {
        using var output = File.Create(path);
        using var gzip = new GZipStream(output, CompressionLevel.Optimal);
        gzip.Write(Marker);
        gzip.Write(json);
    }

    /// <summary>
    /// An anchor that is a clause: a paragraph or heading (below the page title) with an eId. The search lists
    /// these (search-clauses.js, CLAUSE); other anchors (alias anchors, the title) are never results.
    /// </summary>
    public static bool IsClause(string? element) => element is "p" or "h2" or "h3" or "h4" or "h5" or "h6";
}
