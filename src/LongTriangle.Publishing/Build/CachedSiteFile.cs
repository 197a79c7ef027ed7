using System.Buffers;
using LongTriangle.Publishing.Rendering;

namespace LongTriangle.Publishing.Build;

/// <summary>
/// The one rule for writing a file of the site that an earlier build may have made from the same inputs (a page, a
/// document's data): linked from the published site when it holds that file unchanged (<see cref="PublishedPages"/>),
/// else copied from the cache, else made, stored in the cache and written. The file's bytes pass through memory only
/// when they are made.
/// </summary>
public static class CachedSiteFile
{
    /// <param name="key">Names the file's bytes: the tool and everything they are made of.</param>
    /// <param name="file">The file's path in the site ('/' separators), as the published site's record names it.</param>
    /// <param name="target">Where it goes in the staging folder (a new file).</param>
    /// <returns>The bytes when they were made, null when the file came from the published site or the cache.</returns>
    public static byte[]? WriteTo(BuildCache cache, PublishedPages? published, CacheKey key, string file, string target, Func<byte[]> make) =>
        WriteTo(cache, published, key, file, target, make, bytes => new ReadOnlySequence<byte>(bytes));

    /// <summary>The same for a rendered page held in chunks (<see cref="PageBytes"/>), which the caller disposes.</summary>
    public static PageBytes? WriteTo(BuildCache cache, PublishedPages? published, CacheKey key, string file, string target, Func<PageBytes> make) =>
        WriteTo(cache, published, key, file, target, make, page => page.AsSequence());

    private static T? WriteTo<T>(BuildCache cache, PublishedPages? published, CacheKey key, string file, string target, Func<T> make,
        Func<T, ReadOnlySequence<byte>> bytesOf) where T : class
    {
        var hex = key.Hex();
        T? made = null;
        if (published?.TryCarryOver(file, hex, target) == true)
        {
            cache.Keep(key);
        }
        else if (!cache.TryCopy(key, target))
        {
            made = make();
            var bytes = bytesOf(made);
            cache.Write(key, bytes);
            using var written = File.Create(target);
            foreach (var piece in bytes) written.Write(piece.Span);
        }
        published?.Record(file, hex);
        return made;
    }
}
