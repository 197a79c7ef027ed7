using System.Collections.Concurrent;
using System.Text;
using LongTriangle.Inputs;

namespace LongTriangle.Publishing.Build;

/// <summary>
/// The pages of the site this tool published at the output, as it wrote them, so that the next build carries a page
/// whose cache key is unchanged over from that site (a hard link into the staging folder: no bytes copied, and the
/// old site deleted after the swap frees nothing the new one holds) instead of copying it from the cache.
/// <para>The record (kept in the build cache, under the output's path) lists for each page file its cache key and the
/// <see cref="FileStamp"/> the file had when published. A file is carried over only when its stamp is still that one:
/// a page edited or replaced since, by anyone, has another (its change time moves even when its length and modification
/// time are put back), and is copied from the cache (or rendered) instead. A stamp not settled when it was recorded (a
/// file changed in the clock's last tick) is left out of the record. Nothing in the old site is changed: a link is a new
/// name in the staging folder, so a failed build leaves the old site as it was, and the cache's own entries are never
/// linked to a published file, so an edited page can never change one.</para>
/// </summary>
public sealed class PublishedPages
{
    private const string Header = "longtriangle published pages 2";

    private readonly BuildCache _cache;
    private readonly string _output;
    private readonly IReadOnlyDictionary<string, PublishedPage> _previous;
    private readonly ConcurrentDictionary<string, string> _written = new(StringComparer.Ordinal);

    private PublishedPages(BuildCache cache, string output, IReadOnlyDictionary<string, PublishedPage> previous)
    {
        _cache = cache;
        _output = output;
        _previous = previous;
    }

    /// <summary>The record of the site at <paramref name="output"/>; empty when there is none, or no site this tool built.</summary>
    public static PublishedPages Load(BuildCache cache, string output)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var previous = new Dictionary<string, PublishedPage>(StringComparer.Ordinal);
        if (FileKinds.Of(Path.Combine(full, OutputSwap.MarkerFile)) == FileKind.RegularFile
            && cache.Read(KeyOf(cache, full)) is { } bytes)
        {
            var lines = Encoding.UTF8.GetString(bytes).Split('\n');
            if (lines[0] == Header)
            {
                // The record is one Save wrote (the cache hands out only an entry proven whole): every line reads.
                foreach (var line in lines.Skip(1))
                {
                    if (line.Split('\t') is not [var file, var key, var stamp] || FileStamp.Parse(stamp) is not { } parsed)
                        continue;
                    previous[file] = new PublishedPage(key, parsed);
                }
            }
        }
        return new PublishedPages(cache, full, previous);
    }

    /// <summary>
    /// Makes <paramref name="target"/> (a new file in the staging folder) a link to the published page
    /// <paramref name="file"/> when that page was written from the same cache key and is unchanged since; false
    /// otherwise (the caller writes the page itself).
    /// </summary>
    public bool TryCarryOver(string file, string key, string target)
    {
        if (!_previous.TryGetValue(file, out var page) || page.Key != key) return false;
        var published = Path.Combine(_output, file.Replace('/', Path.DirectorySeparatorChar));
        return FileStamp.Of(published) == page.Stamp && HardLink.TryCreate(published, target);
    }

    /// <summary>Notes that the page <paramref name="file"/> of the site being built holds the bytes cached under <paramref name="key"/>.</summary>
    public void Record(string file, string key) => _written[file] = key;

    /// <summary>
    /// Stores the record of the site just published at the output: each page noted, with the stamp its file has now.
    /// Called after the swap and the old site's removal (which changes the change time of every page it shared), so
    /// that the record describes the site in place; the clock's next tick is awaited first, so that those changes are
    /// older than the recording and their stamps settled.
    /// </summary>
    public void Save()
    {
        var recordedAt = FileSystemClock.NextTick();
        var text = new StringBuilder(Header).Append('\n');
        foreach (var (file, key) in _written.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // A name that would break a line of the record is left out: that page is copied next time.
            if (file.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0) continue;
            if (FileStamp.Of(Path.Combine(_output, file.Replace('/', Path.DirectorySeparatorChar))) is not { } stamp || !stamp.IsSettledAt(recordedAt)) continue;
            text.Append(file).Append('\t').Append(key).Append('\t').Append(stamp.ToString()).Append('\n');
        }
        _cache.Write(KeyOf(_cache, _output), Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static CacheKey KeyOf(BuildCache cache, string output) => cache.Key(CacheArea.PublishedPages).Add(output);

    private sealed record PublishedPage(string Key, FileStamp Stamp);
}
