using System.Buffers;
using System.Collections.Concurrent;

namespace LongTriangle.Publishing.Build;

/// <summary>
/// What earlier builds made, stored under the hash of everything that made it (<see cref="CacheKey"/>: the
/// tool's own fingerprint and every input the step read), so an entry can never be stale: a changed input or
/// tool is a different key, a miss. Entries are files in one folder per kind (<see cref="CacheArea"/>), written
/// whole under a temporary name and then renamed, so a killed build leaves no half-written entry; each ends with a
/// trailer (<see cref="CacheEntryTrailer"/>) that proves it whole, checked on every read, so an entry damaged since
/// (cut short by a full disk, a changed byte, a file edited or replaced by hand) is a miss, never trusted.
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

    /// <summary>The bytes stored under <paramref name="key"/>, or null (also when the entry is not proven whole).</summary>
    public byte[]? Read(CacheKey key) => Open(key, (path, hex) =>
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var length = file.Length - CacheEntryTrailer.Size;
        if (length < 0 || length > Array.MaxLength) return null;
        var payload = GC.AllocateUninitializedArray<byte>((int)length);
        Span<byte> trailer = stackalloc byte[CacheEntryTrailer.Size];
        file.ReadExactly(payload);
        file.ReadExactly(trailer);
        return CacheEntryTrailer.Proves(trailer, hex, payload) ? payload : null;
    });

    /// <summary>
    /// Copies the payload of the entry stored under <paramref name="key"/> to <paramref name="destination"/> (a new
    /// file) and says whether there was one proven whole. The copy is the file system's, then read back in small
    /// pieces to check it against its trailer, which is then cut off: no entry passes through memory whole, and a
    /// damaged one never stays at the destination (the copy is deleted). A copy, never a link, so that nothing done
    /// to the published file can change the entry.
    /// </summary>
    public bool TryCopy(CacheKey key, string destination) => Open(key, (path, hex) =>
    {
        File.Copy(path, destination, overwrite: false);
        long? length = null;
        try
        {
            using var copy = new FileStream(destination, FileMode.Open, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
            length = CacheEntryTrailer.PayloadLength(copy, hex);
            if (length is { } payload) copy.SetLength(payload);
        }
        finally
        {
            if (length is null) File.Delete(destination);
        }
        return length is null ? null : destination;
    }) is not null;

    /// <summary>Whether an entry is stored under <paramref name="key"/>, without opening it (so not proven whole, and not
    /// marked used): for ordering work, never for deciding what a build holds.</summary>
    public bool Holds(CacheKey key) => File.Exists(PathOf(key));

    /// <summary>Keeps the entry stored under <paramref name="key"/>, if there is one, through <see cref="Prune"/>: for a
    /// build that used what it holds without opening it (a page carried over from the published site).</summary>
    public void Keep(CacheKey key) => _used.TryAdd(PathOf(key), 0);

    /// <summary>Stores <paramref name="bytes"/> under <paramref name="key"/> (whole, or not at all), with their trailer.</summary>
    public void Write(CacheKey key, byte[] bytes) => Write(key, new ReadOnlySequence<byte>(bytes));

    /// <summary>Stores <paramref name="bytes"/>, held in pieces (a rendered page), under <paramref name="key"/> (whole, or
    /// not at all), with their trailer found from the pieces in memory.</summary>
    public void Write(CacheKey key, ReadOnlySequence<byte> bytes) => Commit(key, FileAccess.Write, file =>
    {
        foreach (var piece in bytes) file.Write(piece.Span);
        file.Write(CacheEntryTrailer.Of(key.Hex(), bytes));
    });

    /// <summary>The payload of the entry stored under <paramref name="key"/> opened for reading, or null (also when the
    /// entry is not proven whole): for entries too large to hold in memory at once. The whole entry is checked, in
    /// small pieces, before the stream is handed out.</summary>
    public Stream? OpenRead(CacheKey key) => Open<Stream>(key, (path, hex) =>
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            if (CacheEntryTrailer.PayloadLength(file, hex) is not { } length)
            {
                file.Dispose();
                return null;
            }
            file.Position = 0;
            return new CachePayloadStream(file, length);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    });

    /// <summary>
    /// What <paramref name="open"/> makes of the entry's file (given its path and key), which is then marked used (kept
    /// by <see cref="Prune"/>); null when there is no such entry, or it cannot be read, or <paramref name="open"/> found
    /// it not proven whole. Such an entry is a miss: not marked, it is replaced by what the build writes under its key,
    /// or else pruned.
    /// </summary>
    private T? Open<T>(CacheKey key, Func<string, string, T?> open) where T : class
    {
        var path = PathOf(key);
        try
        {
            if (open(path, key.Hex()) is not { } opened) return null;
            _used.TryAdd(path, 0);
            return opened;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or EndOfStreamException)
        {
            return null;
        }
    }

    /// <summary>Stores what <paramref name="write"/> writes under <paramref name="key"/> (whole, or not at all), streamed
    /// to the entry's file (which <paramref name="write"/> may seek in, and must leave open), then its trailer, found by
    /// reading the file back in small pieces.</summary>
    public void Write(CacheKey key, Action<Stream> write) => Commit(key, FileAccess.ReadWrite, stream =>
    {
        write(stream);
        var length = stream.Length;
        stream.Position = 0;
        var trailer = CacheEntryTrailer.Of(key.Hex(), stream, length);
        stream.Position = length;
        stream.Write(trailer);
    });

    /// <summary>Writes an entry whole under a temporary name and then renames it, so a killed build leaves no
    /// half-written entry under <paramref name="key"/>; the entry is then marked used.</summary>
    private void Commit(CacheKey key, FileAccess access, Action<FileStream> fill)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, access, FileShare.None)) fill(file);
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
