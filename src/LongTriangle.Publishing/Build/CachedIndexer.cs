using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;

namespace LongTriangle.Publishing.Build;

/// <summary>
/// Runs an indexer part by part (at most <see cref="ConcurrentRuns"/> indexing processes at a time) and puts the parts
/// together. With a cache, a part whose pages all read the same to Pagefind as in an earlier build (path, and what
/// Pagefind reads of the page, <see cref="Search.PagefindProjection"/>, or its bytes where that is not certain; and the
/// same tool: the cache key starts with its fingerprint) is not indexed again: the folder its indexing wrote is taken
/// from the cache. A change to one document's pages re-indexes the parts holding them only, and a change Pagefind
/// ignores (a concordance note) none.
/// Cached or not, the parts are put together the same way, in the order of the parts, so the bundle is the same.
/// </summary>
/// <param name="digests">Each indexed page's digest, found as it was rendered (null: each page's file is read and hashed whole).</param>
public sealed class CachedIndexer(ISiteIndexer indexer, BuildCache? cache, Search.PagefindPageDigests? digests = null)
{
    /// <summary>
    /// Two indexing runs at a time: on two cores a Pagefind run over a part of about 125 pages keeps one core busy
    /// for most of its time (reading and parsing pages, then writing), so two use the machine; each needs a few
    /// hundred MB, where one run over a whole language of a thousand documents needed 2 GB.
    /// </summary>
    public const int ConcurrentRuns = 2;

    public IndexOutcome Run(string siteDirectory, IReadOnlyList<IndexPart> parts)
    {
        var work = Directory.CreateTempSubdirectory("longtriangle-index-").FullName;
        try
        {
            var folders = parts.Select((_, i) => Path.Combine(work, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
            var keys = parts.Select(p => cache is null ? null : KeyOf(cache, digests, siteDirectory, p)).ToList();
            var reused = new bool[parts.Count];
            // Failures in the order of the parts, so that the same input fails with the same error whatever the scheduling.
            var failures = new Exception?[parts.Count];
            // One queue for both threads, taken in order as each thread is free (no buffering): the parts to index first,
            // then the ones to take from the cache, which so fill the core the last indexing run leaves idle instead of
            // delaying the first. Each part has a folder of its own and the folders are merged in the order of the
            // parts, so the order of the work changes when a part is done, never what is made of it.
            var queue = Partitioner.Create(Schedule(siteDirectory, parts, keys), EnumerablePartitionerOptions.NoBuffering);
            Parallel.ForEach(queue, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentRuns }, i =>
            {
                try
                {
                    Directory.CreateDirectory(folders[i]);
                    if (keys[i] is { } key && cache!.OpenRead(key) is { } stored)
                    {
                        using (stored) Extract(stored, folders[i]);
                        reused[i] = true;
                        return;
                    }
                    indexer.Index(siteDirectory, parts[i], folders[i]);
                    if (keys[i] is { } written) cache!.Write(written, stream => Store(folders[i], stream));
                }
                catch (Exception e)
                {
                    failures[i] = e;
                }
            });
            if (failures.FirstOrDefault(f => f is not null) is { } first) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
            var all = Enumerable.Range(0, parts.Count).ToList();
            return new IndexOutcome(indexer.Merge(siteDirectory, folders),
                [.. all.Where(i => !reused[i]).Select(i => parts[i].Name)], [.. all.Where(i => reused[i]).Select(i => parts[i].Name)]);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// The order the parts are worked on: first those the cache holds no entry for (they will be indexed), the largest
    /// (in bytes of its pages) first, so that the last run to start is the shortest and the two threads finish close
    /// together; then those it holds, in the order of the parts. Whether the cache holds an entry is only looked up
    /// here: an entry found damaged when opened is indexed all the same, only later than it could have been.
    /// </summary>
    private IEnumerable<int> Schedule(string siteDirectory, IReadOnlyList<IndexPart> parts, IReadOnlyList<CacheKey?> keys)
    {
        var held = keys.Select(k => k is not null && cache!.Holds(k)).ToList();
        var root = Path.GetFullPath(siteDirectory);
        return Enumerable.Range(0, parts.Count)
            .OrderBy(i => held[i])
            .ThenByDescending(i => held[i] ? 0 : parts[i].Pages.Sum(page => new FileInfo(Path.Combine(root, page)).Length))
            .ThenBy(i => i)
            .ToList();
    }

    /// <summary>The part's name and every page it holds (path and digest), in ordinal order of paths; a page without a
    /// recorded digest is hashed whole, on every core.</summary>
    private static CacheKey KeyOf(BuildCache cache, Search.PagefindPageDigests? digests, string siteDirectory, IndexPart part)
    {
        var root = Path.GetFullPath(siteDirectory);
        var pages = part.Pages.Order(StringComparer.Ordinal).ToList();
        var hashes = Cores.Map(pages, f => digests?.DigestOf(root, f) ?? [(byte)'b', .. SHA256.HashData(File.ReadAllBytes(Path.Combine(root, f)))]);
        var key = cache.Key(CacheArea.SearchIndex).Add(part.Name);
        for (var i = 0; i < pages.Count; i++) key.Add(pages[i]).Add(hashes[i]);
        return key;
    }

    private static void Store(string folder, Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            zip.CreateEntryFromFile(file, Path.GetRelativePath(folder, file).Replace('\\', '/'), CompressionLevel.NoCompression);
    }

    private static void Extract(Stream stored, string folder)
    {
        using var zip = new ZipArchive(stored, ZipArchiveMode.Read);
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        foreach (var entry in zip.Entries)
        {
            var target = Path.GetFullPath(Path.Combine(folder, entry.FullName));
            if (!target.StartsWith(root, StringComparison.Ordinal))
                throw new BuildCacheException($"{entry.FullName}: a cached search index names a file outside its folder");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target);
        }
    }
}
