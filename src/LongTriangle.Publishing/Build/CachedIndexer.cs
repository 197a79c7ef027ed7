using System.IO.Compression;
using System.Security.Cryptography;

namespace LongTriangle.Publishing.Build;

/// <summary>
/// Runs an indexer part by part (one language after another, so that only one indexing process runs at a time)
/// and puts the parts together. With a cache, a part whose pages are all the same as in an earlier build (path and
/// bytes, and the same tool: the cache key starts with its fingerprint) is not indexed again: the folder its
/// indexing wrote is taken from the cache. A change to the English pages only re-indexes English. Cached or not,
/// the parts are put together the same way, so the bundle is the same.
/// </summary>
public sealed class CachedIndexer(ISiteIndexer indexer, BuildCache? cache)
{
    public IndexOutcome Run(string siteDirectory, IReadOnlyList<IndexPart> parts)
    {
        var work = Directory.CreateTempSubdirectory("longtriangle-index-").FullName;
        try
        {
            var folders = new List<string>();
            var indexed = new List<string>();
            var reused = new List<string>();
            foreach (var (part, i) in parts.Select((p, i) => (p, i)))
            {
                var folder = Path.Combine(work, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Directory.CreateDirectory(folder);
                folders.Add(folder);
                var key = cache is null ? null : KeyOf(cache, siteDirectory, part);
                if (key is not null && cache!.OpenRead(key) is { } stored)
                {
                    using (stored) Extract(stored, folder);
                    reused.Add(part.Name);
                    continue;
                }
                indexer.Index(siteDirectory, part, folder);
                indexed.Add(part.Name);
                if (key is not null) cache!.Write(key, stream => Store(folder, stream));
            }
            return new IndexOutcome(indexer.Merge(siteDirectory, folders), indexed, reused);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The part's name and every page it holds (path and content), in ordinal order of paths; hashed on every core.</summary>
    private static CacheKey KeyOf(BuildCache cache, string siteDirectory, IndexPart part)
    {
        var root = Path.GetFullPath(siteDirectory);
        var pages = part.Pages.Order(StringComparer.Ordinal).ToList();
        var hashes = Cores.Map(pages, f => SHA256.HashData(File.ReadAllBytes(Path.Combine(root, f))));
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
