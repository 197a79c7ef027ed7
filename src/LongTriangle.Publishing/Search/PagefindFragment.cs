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
        using var document = Open(path, new MemoryStream());
        return document.RootElement.Clone();
    }

    /// <summary>
    /// The record, parsed from <paramref name="buffer"/>, which it is decompressed into and which must stay untouched
    /// while the document is in use: one buffer reused for every record of a bundle, so that thousands of records do
    /// not each leave large arrays behind for the garbage collector while Pagefind (gigabytes) runs beside it.
    /// </summary>
    public static JsonDocument Open(string path, MemoryStream buffer)
    {
        buffer.SetLength(0);
        using (var input = File.OpenRead(path))
        using (var gzip = new GZipStream(input, CompressionMode.Decompress))
            gzip.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (!bytes.Span.StartsWith(Marker))
            throw new SearchIndexException($"{path}: not a Pagefind fragment (this version of Pagefind writes another format)");
        return JsonDocument.Parse(bytes[Marker.Length..]);
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
