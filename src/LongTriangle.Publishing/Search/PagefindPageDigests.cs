using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using LongTriangle.Publishing.Build;

namespace LongTriangle.Publishing.Search;

/// <summary>
/// What the search index's cache key holds of each indexed page: the digest of what Pagefind reads of it
/// (<see cref="PagefindProjection"/>), or, where that is not certain, of all its bytes. Found while the render stage has
/// the page's bytes in memory, or taken from the build cache, where it is kept under the page's own cache key (which
/// names those bytes: a key is never stale), so a page carried over or copied from the cache is not read back for it.
/// </summary>
public sealed class PagefindPageDigests(IEnumerable<string> indexedPages, BuildCache cache)
{
    /// <summary>A digest's first byte: what the rest is the SHA-256 of.</summary>
    private const byte OfProjection = (byte)'p', OfBytes = (byte)'b';

    private readonly HashSet<string> _indexed = new(indexedPages, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _digests = new(StringComparer.Ordinal);

    /// <summary>
    /// Records the digest of <paramref name="page"/> (a file of the site, e.g. zh/sh/plan.html) if it is indexed: from
    /// <paramref name="rendered"/> when it was rendered, else from the entry kept under <paramref name="pageKey"/>, else
    /// from the bytes <paramref name="read"/> gives (called only then).
    /// </summary>
    public void Add(string page, ReadOnlySequence<byte>? rendered, string? pageKey, Func<byte[]> read)
    {
        if (!_indexed.Contains(page)) return;
        if (pageKey is null)
        {
            _digests[page] = rendered is { } bytes ? Of(bytes) : Of(read());
            return;
        }
        var key = cache.Key(CacheArea.SearchIndex).Add("page-digest").Add(page).Add(pageKey);
        if (rendered is null && cache.Read(key) is { Length: 33 } stored)
        {
            _digests[page] = stored;
            return;
        }
        var digest = rendered is { } pageBytes ? Of(pageBytes) : Of(read());
        cache.Write(key, digest);
        _digests[page] = digest;
    }

    /// <summary>The digest recorded for <paramref name="page"/>, or that of the file's bytes when none was (a page the
    /// render stage did not report).</summary>
    public byte[] DigestOf(string siteDirectory, string page) =>
        _digests.TryGetValue(page, out var digest) ? digest : [OfBytes, .. SHA256.HashData(File.ReadAllBytes(Path.Combine(siteDirectory, page)))];

    /// <summary>The digest of a page written as <paramref name="bytes"/>: of what Pagefind reads of it, or of all of it.</summary>
    public static byte[] Of(ReadOnlySpan<byte> bytes) =>
        PagefindProjection.Digest(bytes) is { } projection ? [OfProjection, .. projection] : [OfBytes, .. SHA256.HashData(bytes)];

    /// <summary>The digest of a page held in pieces (<see cref="Rendering.PageBytes"/>): the scanner reads one span, so a
    /// page of several pieces is joined in a pooled buffer (handed back, so a megabyte page leaves no large garbage).</summary>
    public static byte[] Of(ReadOnlySequence<byte> bytes)
    {
        if (bytes.IsSingleSegment) return Of(bytes.FirstSpan);
        var length = checked((int)bytes.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            bytes.CopyTo(buffer);
            return Of(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
