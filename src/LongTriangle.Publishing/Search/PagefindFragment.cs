using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace LongTriangle.Publishing.Search;

/// <summary>Reads one page's record from a Pagefind bundle: gzip, then a "pagefind_dcd" marker, then JSON.</summary>
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
}
