using System.Buffers;
using System.Text;
using LongTriangle.Publishing.Build;

namespace LongTriangle.Publishing.Checking;

/// <summary>
/// The link facts of a group of pages written one after another by one worker (a document's pages in every
/// rendition), kept in the build cache as one entry, so that a rebuild reads one entry per document rather than
/// one per page (24 pages a document, and a carried-over page otherwise costs nothing but that read).
/// <para>The entry is named by the group, the tool and the site's base (which resolves links), and lists for each
/// page its path, its build-cache key (which names its bytes, as surely as the bytes themselves) and its facts. A
/// page's stored facts are taken only when its key is the one it has now, so the entry is never stale whatever
/// changed: a page with another key has its facts found from its bytes, and the entry is written again for the
/// group as it is now. Pages are added in order by one thread; <see cref="Complete"/> ends the group.</para>
/// </summary>
public sealed class LinkFactsGroup
{
    private const string Header = "longtriangle link facts group 1";

    private readonly KnownLinkFacts _known;
    private readonly BuildCache? _cache;
    private readonly CacheKey? _key;
    private readonly Dictionary<string, (string Key, ReadOnlyMemory<byte> Facts)> _stored = new(StringComparer.Ordinal);
    private readonly List<(string Page, string Key, ReadOnlyMemory<byte> Facts)> _pages = [];
    private bool _changed;

    internal LinkFactsGroup(KnownLinkFacts known, BuildCache? cache, CacheKey? key)
    {
        _known = known;
        _cache = cache;
        _key = key;
        if (cache is null || key is null) return;
        if (cache.Read(key) is { } bytes && Parse(bytes) is { } stored) _stored = stored;
    }

    /// <summary>
    /// Records the facts of <paramref name="page"/>: those stored for it under <paramref name="pageKey"/>, else found
    /// from <paramref name="rendered"/>, else from the bytes <paramref name="read"/> gives (called only then).
    /// </summary>
    public void Add(string page, ReadOnlySequence<byte>? rendered, string? pageKey, Func<byte[]> read)
    {
        if (_key is null || pageKey is null)
        {
            _known.Record(page, _known.Find(page, rendered ?? new ReadOnlySequence<byte>(read())));
            _changed |= _key is not null;
            return;
        }
        if (_stored.TryGetValue(page, out var stored) && stored.Key == pageKey)
        {
            _known.Record(page, PageLinkFacts.FromBytes(stored.Facts, _known.Names));
            _pages.Add((page, pageKey, stored.Facts));
            return;
        }
        var facts = _known.Find(page, rendered ?? new ReadOnlySequence<byte>(read()));
        _known.Record(page, facts);
        _pages.Add((page, pageKey, facts.ToBytes(_known.Names)));
        _changed = true;
    }

    /// <summary>Stores the group's entry again when a page's facts were not in it, or it holds pages the group no longer has.</summary>
    public void Complete()
    {
        if (_cache is null || _key is null || (!_changed && _pages.Count == _stored.Count)) return;
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Header);
            writer.Write7BitEncodedInt(_pages.Count);
            foreach (var (page, key, facts) in _pages)
            {
                writer.Write(page);
                writer.Write(key);
                writer.Write7BitEncodedInt(facts.Length);
                writer.Write(facts.Span);
            }
        }
        _cache.Write(_key, new ReadOnlySequence<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>An entry <see cref="Complete"/> wrote (the cache hands out only an entry proven whole); null for another format.</summary>
    private static Dictionary<string, (string, ReadOnlyMemory<byte>)>? Parse(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        if (reader.ReadString() != Header) return null;
        var count = reader.Read7BitEncodedInt();
        var pages = new Dictionary<string, (string, ReadOnlyMemory<byte>)>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var page = reader.ReadString();
            var key = reader.ReadString();
            var length = reader.Read7BitEncodedInt();
            var start = (int)reader.BaseStream.Position;
            pages[page] = (key, bytes.AsMemory(start, length));
            reader.BaseStream.Position = start + length;
        }
        return pages;
    }
}
