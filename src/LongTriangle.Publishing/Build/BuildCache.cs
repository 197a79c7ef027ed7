using System.Collections.Concurrent;

namespace LongTriangle.Publishing.Build;

/// <summary>
/// What earlier builds made, stored under the hash of everything that made it (<see cref="CacheKey"/>: the
/// tool's own fingerprint and every input the step read), so an entry can never be stale: a changed input or
/// tool is a different key, a miss. Entries are files in one folder per kind (<see cref="CacheArea"/>), written
/// whole under a temporary name and then renamed, so a killed build leaves no half-written entry.
/// <para>The folder is marked with a CACHEDIR.TAG; the tool writes into and prunes only a folder it marked,
/// so nothing it did not create is ever deleted. After a successful build, <see cref="Prune"/> drops the
/// entries the build did not use, so the cache holds one site's worth.</para>
/// </summary>
public sealed class BuildCache
{
    /// <summary>The folder's mark (https://bford.info/cachedir/): backup tools skip it, and this tool knows it is its own.</summary>
    public const string TagFile = "CACHEDIR.TAG";
    private const string TagText = "Signature: 8a477f597d28d172789f06886806bc55\n# The build cache of longtriangle (LongTriangle.Site): safe to delete.\n";

    private readonly string _directory;
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);

    private BuildCache(string directory, ToolFingerprint tool)
    {
        _directory = directory;
        Tool = tool;
    }

    /// <summary>The fingerprint every key starts with.</summary>
    public ToolFingerprint Tool { get; }

    /// <summary>
    /// Opens (or creates) the cache folder; refuses a folder that exists without the tool's mark, since its files
    /// are someone else's.
    /// </summary>
    public static BuildCache Open(string directory, ToolFingerprint tool)
    {
        directory = Path.GetFullPath(directory);
        var tag = Path.Combine(directory, TagFile);
        if (Path.Exists(directory))
        {
            if (!Directory.Exists(directory) || new DirectoryInfo(directory).LinkTarget is not null || !File.Exists(tag)
                || !File.ReadAllText(tag).StartsWith(TagText, StringComparison.Ordinal))
                throw new BuildCacheException($"{directory}: not a build cache of this tool (no {TagFile} written by it); move it away, the build makes its cache there");
        }
        else
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(tag, TagText);
        }
        return new BuildCache(directory, tool);
    }

    /// <summary>A key for <paramref name="area"/> that starts with the tool's fingerprint; add the step's inputs to it.</summary>
    public CacheKey Key(CacheArea area) => new CacheKey(area).Add(Tool.Hash);

    /// <summary>The bytes stored under <paramref name="key"/>, or null.</summary>
    public byte[]? Read(CacheKey key) => Open(key, File.ReadAllBytes);

    /// <summary>
    /// Copies the entry stored under <paramref name="key"/> to <paramref name="destination"/> (a new file) and says
    /// whether there was one. The copy is the file system's (no bytes pass through memory); a copy, never a link, so
    /// that nothing done to the published file can change the entry.
    /// </summary>
    public bool TryCopy(CacheKey key, string destination) =>
        Open(key, path => { File.Copy(path, destination, overwrite: false); return destination; }) is not null;

    /// <summary>Keeps the entry stored under <paramref name="key"/>, if there is one, through <see cref="Prune"/>: for a
    /// build that used what it holds without opening it (a page carried over from the published site).</summary>
    public void Keep(CacheKey key) => _used.TryAdd(PathOf(key), 0);

    /// <summary>Stores <paramref name="bytes"/> under <paramref name="key"/> (whole, or not at all).</summary>
    public void Write(CacheKey key, ReadOnlySpan<byte> bytes)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        _used.TryAdd(path, 0);
    }

    /// <summary>The entry stored under <paramref name="key"/> opened for reading, or null: for entries too large to
    /// hold in memory at once.</summary>
    public Stream? OpenRead(CacheKey key) => Open<Stream>(key, File.OpenRead);

    /// <summary>What <paramref name="open"/> makes of the entry's file, which is then marked used (kept by
    /// <see cref="Prune"/>); null when there is no such entry.</summary>
    private T? Open<T>(CacheKey key, Func<string, T> open) where T : class
    {
        var path = PathOf(key);
        try
        {
            var opened = open(path);
            _used.TryAdd(path, 0);
            return opened;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Stores what <paramref name="write"/> writes under <paramref name="key"/> (whole, or not at all), streamed
    /// to the entry's file.</summary>
    public void Write(CacheKey key, Action<Stream> write)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            using (var stream = File.Create(temporary)) write(stream);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        _used.TryAdd(path, 0);
    }

    /// <summary>
    /// Deletes the entries of <paramref name="areas"/> this build neither read nor wrote (and temporary files a
    /// killed build left): called after a build succeeded, so the cache holds what the next build can reuse.
    /// </summary>
    public void Prune(params CacheArea[] areas)
    {
        foreach (var area in areas)
        {
            var folder = Path.Combine(_directory, area.Folder());
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList())
                if (!_used.ContainsKey(file)) File.Delete(file);
            foreach (var sub in Directory.EnumerateDirectories(folder).ToList())
                if (!Directory.EnumerateFileSystemEntries(sub).Any()) Directory.Delete(sub);
        }
    }

    private string PathOf(CacheKey key)
    {
        var hex = key.Hex();
        return Path.Combine(_directory, key.Area.Folder(), hex[..2], hex);
    }
}
