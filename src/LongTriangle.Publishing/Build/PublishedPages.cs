using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace LongTriangle.Publishing.Build;

/// <summary>
/// The pages of the site this tool published at the output, as it wrote them, so that the next build carries a page
/// whose cache key is unchanged over from that site (a hard link into the staging folder: no bytes copied, and the
/// old site deleted after the swap frees nothing the new one holds) instead of copying it from the cache.
/// <para>The record (kept in the build cache, under the output's path) lists for each page file its cache key and the
/// length and last-write time the file had when published. A file is carried over only when it is still a regular
/// file with that length and time: a page edited or replaced since, by anyone, has another time, and is copied from
/// the cache (or rendered) instead. Nothing in the old site is changed: a link is a new name in the staging folder,
/// so a failed build leaves the old site as it was, and the cache's own entries are never linked to a published
/// file, so an edited page can never change one.</para>
/// </summary>
public sealed class PublishedPages
{
    private const string Header = "longtriangle published pages 1";

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
        if (Inputs.FileKinds.Of(Path.Combine(full, OutputSwap.MarkerFile)) == Inputs.FileKind.RegularFile
            && cache.Read(KeyOf(cache, full)) is { } bytes)
        {
            var lines = Encoding.UTF8.GetString(bytes).Split('\n');
            if (lines[0] == Header)
            {
                foreach (var line in lines.Skip(1))
                {
                    // A line that does not read (a damaged entry) only costs that page its carry-over.
                    if (line.Split('\t') is not [var file, var key, var length, var ticks]
                        || !long.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out var bytesLong)
                        || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var ticksLong))
                        continue;
                    previous[file] = new PublishedPage(key, bytesLong, ticksLong);
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
        var published = new FileInfo(Path.Combine(_output, file.Replace('/', Path.DirectorySeparatorChar)));
        if (!published.Exists || published.LinkTarget is not null || published.Length != page.Length
            || published.LastWriteTimeUtc.Ticks != page.LastWriteTicks)
            return false;
        return HardLink.TryCreate(published.FullName, target);
    }

    /// <summary>Notes that the page <paramref name="file"/> of the site being built holds the bytes cached under <paramref name="key"/>.</summary>
    public void Record(string file, string key) => _written[file] = key;

    /// <summary>
    /// Stores the record of the site just published at the output: each page noted, with the length and time its file
    /// has now. Called after the swap, so that the record describes the site in place.
    /// </summary>
    public void Save()
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var (file, key) in _written.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // A name that would break a line of the record is left out: that page is copied next time.
            if (file.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0) continue;
            var published = new FileInfo(Path.Combine(_output, file.Replace('/', Path.DirectorySeparatorChar)));
            if (!published.Exists || published.LinkTarget is not null) continue;
            text.Append(file).Append('\t').Append(key).Append('\t')
                .Append(published.Length.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(published.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        _cache.Write(KeyOf(_cache, _output), Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static CacheKey KeyOf(BuildCache cache, string output) => cache.Key(CacheArea.PublishedPages).Add(output);

    private sealed record PublishedPage(string Key, long Length, long LastWriteTicks);
}
