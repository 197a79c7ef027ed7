using System.Security.Cryptography;
using LongTriangle.Inputs;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// Reads one kind of content file through the build cache: what a file reads to is kept (in the compact form
/// <paramref name="encode"/> writes and <paramref name="decode"/> reads) under the hash of its bytes, its name and the
/// tool's fingerprint, so a rebuild hashes a file it read before instead of parsing it. The key holds the file's name
/// though a result may depend on the bytes alone (the name appears in a problem, or in what the file reads to): each
/// file has its own entry, removed with the file, and a library of copies (the benchmark's) does not parse one file
/// for all its copies. Only a file read without a problem is stored: a file with a problem is parsed again, and
/// reported by name, on every build. Safe to use from several threads at once.
/// <para>A file is not even read when its <see cref="FileStamp"/> is one recorded with the hash of its bytes (kept
/// under <see cref="CacheArea.FileStamps"/>, for a file read without a problem and whose stamp was settled when
/// recorded): at library scale a build would otherwise read and hash hundreds of megabytes.</para>
/// </summary>
/// <param name="area">Where the reads are kept: one area per kind of file.</param>
/// <param name="what">The kind of file, in problems ("provenance file").</param>
/// <param name="maximumBytes">The largest such file read.</param>
/// <param name="parse">Reads the file's text (named as the second argument); every problem a content problem.</param>
internal sealed class CachedFileReader<T>(
    BuildCache cache,
    CacheArea area,
    string what,
    long maximumBytes,
    Func<string, string, T> parse,
    Func<T, byte[]> encode,
    Func<byte[], T> decode)
{
    private int _hits, _unread;

    /// <summary>How many files were taken from the cache rather than parsed.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>How many of those were not read at all, known by their stamps.</summary>
    public int Unread => Volatile.Read(ref _unread);

    /// <summary>
    /// The file at <paramref name="path"/> (inside <paramref name="root"/>, named <paramref name="file"/> in problems
    /// and keys), checked and read as <see cref="ContentFiles.ReadText"/> does unless its stamp is one recorded with
    /// its bytes' hash.
    /// </summary>
    public T Read(string path, string root, string file)
    {
        // The clock before the stamp, and the stamp before the bytes: a change made while the file is read gives
        // another stamp, or one not settled at the recording (then not recorded).
        var recordedAt = FileSystemClock.Now();
        ContentFiles.AsContentProblem(() => { InputFiles.RequireRegularFile(path, root, what, file); return 0; });
        var stamp = FileStamp.Of(path);
        var stampKey = stamp is { } known ? cache.Key(CacheArea.FileStamps).Add(file).Add(known.ToBytes()) : null;
        if (stampKey is not null && cache.Read(stampKey) is { Length: SHA256.HashSizeInBytes } hash
            && cache.Read(ContentKey(file, hash)) is { } entry)
        {
            Interlocked.Increment(ref _hits);
            Interlocked.Increment(ref _unread);
            return decode(entry);
        }
        var bytes = ContentFiles.ReadBytes(path, root, file, what, maximumBytes);
        var digest = SHA256.HashData(bytes);
        var read = Read(bytes, digest, file);
        if (stampKey is not null && stamp is { } settled && settled.IsSettledAt(recordedAt) && settled.Length == bytes.Length)
            cache.Write(stampKey, digest);
        return read;
    }

    /// <summary>What <paramref name="bytes"/> (a file's, as <see cref="InputFiles.ReadBytes"/> read them) read to, exactly as
    /// parsing their text gives it, with the same problems.</summary>
    public T Read(byte[] bytes, string file) => Read(bytes, SHA256.HashData(bytes), file);

    private T Read(byte[] bytes, byte[] digest, string file)
    {
        var key = ContentKey(file, digest);
        if (cache.Read(key) is { } entry)
        {
            Interlocked.Increment(ref _hits);
            return decode(entry);
        }
        var read = parse(ContentFiles.AsContentProblem(() => InputFiles.DecodeUtf8(bytes, what, file)), file);
        cache.Write(key, encode(read));
        return read;
    }

    private CacheKey ContentKey(string file, byte[] digest) => cache.Key(area).Add(file).Add(digest);
}
