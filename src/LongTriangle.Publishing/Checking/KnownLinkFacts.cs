using System.Buffers;
using System.Collections.Concurrent;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Checking;

/// <summary>
/// The link facts of the pages the render stage wrote, so that the check reads none of them back: each found from
/// the page's bytes while they are in memory, or taken from the build cache. The render stage records a document's
/// pages as one <see cref="Group"/>, kept as one entry under the site's base (which resolves its links) with each
/// page's own cache key, so that a rebuild reads one entry per document; facts depend on nothing else, so an entry is
/// never stale, and a page copied from the cache is not read at all.
/// </summary>
public sealed class KnownLinkFacts(SiteBase site, BuildCache? cache)
{
    private readonly ConcurrentDictionary<string, PageLinkFacts> _pages = new(StringComparer.Ordinal);

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

    /// <summary>The facts of <paramref name="page"/>, taken out (null when the page was not recorded).</summary>
    public PageLinkFacts? Take(string page) => _pages.TryRemove(page, out var facts) ? facts : null;

    /// <summary>The site's ids, fragments and linked files, numbered once for every page.</summary>
    public LinkNames Names { get; } = new();
}
