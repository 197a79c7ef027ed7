using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LongTriangle.Conversion;
using LongTriangle.Inputs;
using LongTriangle.Publishing.Build;

namespace LongTriangle.Cli.Commands;

/// <summary>
/// Skips conversion when it would write what content/zh already holds: the seeds folder (every entry, name and
/// bytes), site.yml and the tool are those of a conversion the cache remembers, and content/zh is, byte for
/// byte, what that conversion wrote. Anything else (a seed or sidecar changed, added or removed, another tool,
/// content/zh edited by hand, a swap left half-done) converts. Only folders and regular files of a readable size
/// are hashed: anything else (a named pipe, which would block the read, a device, a link, a file too large to be a
/// seed) makes the conversion run, and the converter names what is wrong with it.
/// </summary>
internal sealed class ConversionCache(BuildCache cache, string seedsFolder, string contentFolder)
{
    private static readonly string[] SwapLeftovers = [".zh.new", ".zh.old"];
    private const long LargestHashedFile = 64L * 1024 * 1024;

    /// <summary>The summary of the remembered conversion when it can be skipped, else null.</summary>
    public ConversionSummary? Reuse()
    {
        if (SwapLeftovers.Any(f => Path.Exists(Path.Combine(contentFolder, f)))) return null;
        if (Key() is not { } key || cache.Read(key) is not { } stored) return null;
        // Two lines, as Remember wrote them: the cache hands out only an entry proven whole.
        var lines = Encoding.UTF8.GetString(stored).Split('\n');
        if (OutputHash() is not { } output || lines[1] != output) return null;
        var counts = lines[0].Split(' ').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        return new ConversionSummary(counts[0], counts[1], counts[2], []);
    }

    /// <summary>Remembers a conversion that has just written content/zh.</summary>
    public void Remember(ConversionSummary summary)
    {
        if (Key() is not { } key || OutputHash() is not { } output) return;
        cache.Write(key, Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{summary.Seeds} {summary.Documents} {summary.Clauses}\n{output}")));
    }

    private CacheKey? Key()
    {
        var key = cache.Key(CacheArea.Conversion);
        var site = Path.Combine(contentFolder, ContentConverter.SiteFile);
        return AddFolder(key, Path.GetFullPath(seedsFolder)) && AddFile(key.Add(ContentConverter.SiteFile), site) ? key : null;
    }

    private string? OutputHash()
    {
        var key = new CacheKey(CacheArea.Conversion);
        return AddFolder(key, Path.Combine(contentFolder, ContentConverter.OutputFolder)) ? key.Hex() : null;
    }

    /// <summary>Every entry under <paramref name="folder"/>, relative path and bytes; false when one is not a folder or a regular file it may read.</summary>
    private static bool AddFolder(CacheKey key, string folder)
    {
        if (FileKinds.Of(folder) is not FileKind.Directory) return false;
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
                     .Select(e => Path.GetRelativePath(folder, e).Replace('\\', '/')).Order(StringComparer.Ordinal))
        {
            var full = Path.Combine(folder, entry);
            key.Add(entry);
            if (FileKinds.Of(full) is FileKind.Directory) key.Add("folder");
            else if (!AddFile(key, full)) return false;
        }
        return true;
    }

    private static bool AddFile(CacheKey key, string path)
    {
        switch (FileKinds.Of(path))
        {
            case FileKind.Missing:
                key.Add("missing");
                return true;
            case FileKind.RegularFile when new FileInfo(path).Length <= LargestHashedFile:
                key.Add(SHA256.HashData(File.ReadAllBytes(path)));
                return true;
            default:
                return false;
        }
    }
}
