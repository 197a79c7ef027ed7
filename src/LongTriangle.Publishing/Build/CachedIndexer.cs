using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace LongTriangle.Publishing.Build;

/// <summary>
/// Reuses the search bundle of an earlier build when every file of the site the indexer reads is the same
/// (and the tool and the indexer are the same: the cache key starts with both); otherwise indexes and keeps
/// the bundle for next time. One change in an indexed page re-indexes the whole site: the bundle is one index
/// per language, which the browser loads as it is (see README, "Scale: a library of 1,000 documents").
/// </summary>
public sealed class CachedIndexer(ISiteIndexer indexer, BuildCache cache, string bundleFolder) : ISiteIndexer
{
    private const string SummaryEntry = ".summary";

    public IReadOnlyList<string> Inputs(string siteDirectory) => indexer.Inputs(siteDirectory);

    public string Describe(string siteDirectory, IReadOnlyList<string> inputs)
    {
        var key = KeyOf(siteDirectory, inputs);
        var bundle = Path.Combine(siteDirectory, bundleFolder);
        if (cache.Read(key) is { } stored)
        {
            using var zip = new ZipArchive(new MemoryStream(stored), ZipArchiveMode.Read);
            string? summary = null;
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName == SummaryEntry)
                {
                    using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                    summary = reader.ReadToEnd();
                    continue;
                }
                var target = Path.GetFullPath(Path.Combine(bundle, entry.FullName));
                if (!target.StartsWith(Path.GetFullPath(bundle) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    throw new BuildCacheException($"{entry.FullName}: a cached search bundle names a file outside {bundleFolder}/");
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                entry.ExtractToFile(target);
            }
            return (summary ?? throw new BuildCacheException("a cached search bundle has no summary")) + ", reused";
        }

        var described = indexer.Describe(siteDirectory, inputs);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                zip.CreateEntryFromFile(file, Path.GetRelativePath(bundle, file).Replace('\\', '/'), CompressionLevel.NoCompression);
            using var summary = new StreamWriter(zip.CreateEntry(SummaryEntry).Open(), new UTF8Encoding(false));
            summary.Write(described);
        }
        cache.Write(key, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        return described;
    }

    /// <summary>Every file the indexer reads (path and content), in ordinal order of paths; hashed on every core.</summary>
    private CacheKey KeyOf(string siteDirectory, IReadOnlyList<string> inputs)
    {
        var root = Path.GetFullPath(siteDirectory);
        var files = inputs
            .Where(f => !f.StartsWith(bundleFolder + "/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var hashes = Cores.Map(files, f => SHA256.HashData(File.ReadAllBytes(Path.Combine(root, f))));
        var key = cache.Key(CacheArea.SearchIndex);
        for (var i = 0; i < files.Count; i++) key.Add(files[i]).Add(hashes[i]);
        return key;
    }
}
