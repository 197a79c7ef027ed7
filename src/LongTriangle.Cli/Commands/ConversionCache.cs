using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LongTriangle.Conversion;
using LongTriangle.Publishing.Build;

namespace LongTriangle.Cli.Commands;

/// <summary>
/// Skips conversion when it would write what content/zh already holds: the seeds folder (every entry, name and
/// bytes), site.yml and the tool are those of a conversion the cache remembers, and content/zh is, byte for
/// byte, what that conversion wrote. Anything else (a seed or sidecar changed, added or removed, another tool,
/// content/zh edited by hand, a swap left half-done) converts.
/// </summary>
internal sealed class ConversionCache(BuildCache cache, string seedsFolder, string contentFolder)
{
    private static readonly string[] SwapLeftovers = [".zh.new", ".zh.old"];

    /// <summary>The summary of the remembered conversion when it can be skipped, else null.</summary>
    public ConversionSummary? Reuse()
    {
        if (SwapLeftovers.Any(f => Path.Exists(Path.Combine(contentFolder, f)))) return null;
        if (cache.Read(Key()) is not { } stored) return null;
        var lines = Encoding.UTF8.GetString(stored).Split('\n');
        if (lines.Length < 2 || lines[1] != OutputHash()) return null;
        var counts = lines[0].Split(' ').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        return new ConversionSummary(counts[0], counts[1], counts[2], []);
    }

    /// <summary>Remembers a conversion that has just written content/zh.</summary>
    public void Remember(ConversionSummary summary) =>
        cache.Write(Key(), Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{summary.Seeds} {summary.Documents} {summary.Clauses}\n{OutputHash()}")));

    private CacheKey Key()
    {
        var key = cache.Key(CacheArea.Conversion);
        AddFolder(key, Path.GetFullPath(seedsFolder));
        var site = Path.Combine(contentFolder, ContentConverter.SiteFile);
        key.Add(ContentConverter.SiteFile).Add(File.Exists(site) ? File.ReadAllBytes(site) : "missing"u8);
        return key;
    }

    private string OutputHash()
    {
        var key = new CacheKey(CacheArea.Conversion);
        AddFolder(key, Path.Combine(contentFolder, ContentConverter.OutputFolder));
        return key.Hex();
    }

    /// <summary>Every entry under <paramref name="folder"/>, relative path and bytes; anything but a regular file by its kind.</summary>
    private static void AddFolder(CacheKey key, string folder)
    {
        if (!Directory.Exists(folder))
        {
            key.Add("missing");
            return;
        }
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
                     .Select(e => Path.GetRelativePath(folder, e).Replace('\\', '/')).Order(StringComparer.Ordinal))
        {
            var full = Path.Combine(folder, entry);
            var info = new FileInfo(full);
            key.Add(entry);
            if (info.LinkTarget is not null) key.Add("link:" + info.LinkTarget);
            else if (Directory.Exists(full)) key.Add("folder");
            else key.Add(SHA256.HashData(File.ReadAllBytes(full)));
        }
    }
}
