using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Checking;

/// <summary>
/// The link facts of the pages the render stage wrote, so that the check reads none of them back: each found from
/// the page's bytes while they are in memory, or taken from the build cache, where they are kept under the page's
/// own cache key or the hash of its bytes (with the page's path and the site's base, which resolve its links). Facts
/// depend on nothing else, so an entry is never stale; a page copied from the cache is not read at all. The render
/// stage records a document's pages as one <see cref="Group"/>, kept as one entry, so that a rebuild reads one
/// entry per document.
/// </summary>
public sealed class KnownLinkFacts(SiteBase site, BuildCache? cache)
{
    private readonly ConcurrentDictionary<string, PageLinkFacts> _pages = new(StringComparer.Ordinal);

    /// <summary>Records the facts of <paramref name="page"/> (a file of the site, e.g. zh/index.html), written as <paramref name="bytes"/>.</summary>
    public void Add(string page, byte[] bytes) => Add(page, new ReadOnlySequence<byte>(bytes), pageKey: null, () => bytes);

    /// <summary>
    /// Records the facts of <paramref name="page"/>, written as the bytes <paramref name="read"/> gives (called only
    /// when they are needed), or as <paramref name="rendered"/>. <paramref name="pageKey"/>, the page's build-cache
    /// key, names those bytes (a key is never stale), so the facts kept under it are taken without the bytes; without
    /// it they are kept under the bytes' hash.
    /// </summary>
    public void Add(string page, ReadOnlySequence<byte>? rendered, string? pageKey, Func<byte[]> read)
    {
        if (cache is null)
        {
            _pages[page] = Find(page, rendered ?? new ReadOnlySequence<byte>(read()));
            return;
        }
        var bytes = pageKey is null ? rendered ?? new ReadOnlySequence<byte>(read()) : (ReadOnlySequence<byte>?)null;
        var key = BaseKey(cache).Add(page)
            .Add(pageKey is null ? "bytes" : "page").Add(pageKey is null ? Sha256(bytes!.Value) : System.Text.Encoding.ASCII.GetBytes(pageKey));
        if (cache.Read(key) is { } stored)
        {
            _pages[page] = PageLinkFacts.FromBytes(stored, Names);
            return;
        }
        var facts = Find(page, bytes ?? rendered ?? new ReadOnlySequence<byte>(read()));
        cache.Write(key, facts.ToBytes(Names));
        _pages[page] = facts;
    }

    /// <summary>
    /// A group of pages whose facts are kept as one cache entry (<see cref="LinkFactsGroup"/>), named
    /// <paramref name="name"/>: a name no other group of the site has. Its pages are added by one thread, in order.
    /// </summary>
    public LinkFactsGroup Group(string name) => new(this, cache, cache is null ? null : BaseKey(cache).Add("group 1").Add(name));

    /// <summary>A key of facts found under the site's base, which resolves every link.</summary>
    private CacheKey BaseKey(BuildCache cache) => cache.Key(CacheArea.LinkFacts).Add(site.Path).Add(site.Origin is { } origin ? "+" + origin : "-");

    /// <summary>The facts of <paramref name="page"/> written as <paramref name="bytes"/>.</summary>
    internal PageLinkFacts Find(string page, ReadOnlySequence<byte> bytes) => PageLinkFacts.Of(bytes, page, site, Names);

    internal void Record(string page, PageLinkFacts facts) => _pages[page] = facts;

    private static byte[] Sha256(ReadOnlySequence<byte> bytes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var piece in bytes) hash.AppendData(piece.Span);
        return hash.GetHashAndReset();
    }

    /// <summary>The facts of <paramref name="page"/>, taken out (null when the page was not recorded).</summary>
    public PageLinkFacts? Take(string page) => _pages.TryRemove(page, out var facts) ? facts : null;

    /// <summary>The site's ids, fragments and linked files, numbered once for every page.</summary>
    public LinkNames Names { get; } = new();
}
