using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Search;

/// <summary>
/// The pages of a site that Pagefind indexes, and a folder that shows it only those. The indexed pages are the
/// document pages (the only ones marked <c>data-pagefind-body</c>), named by the site's URL scheme, so no page is
/// read to find them. Pagefind reads and parses every page of the folder it is given (when any page is marked it
/// indexes only those, but it must read them all to know): at a hundred documents, given the whole site, it read
/// 2 428 pages (390 MB) to index 300, in 46 s of CPU and 1.7 GB; given the 300 alone, 9.5 s and 0.6 GB, and the same bundle.
/// </summary>
public static class PagefindPages
{
    /// <summary>How many documents a part of a language's index holds at most on average, unless the build says otherwise
    /// (<c>build --index-part-size</c>): at a thousand documents one Pagefind run over a language's 1 000 pages needed
    /// 2.0–2.2 GB; over a part of about 125, a fraction of that, and a changed document re-indexes its part only.</summary>
    public const int DefaultDocumentsPerPart = 128;

    /// <summary>
    /// The parts of every rendition's index, each named by its language as Pagefind names it (<c>&lt;html lang&gt;</c> in
    /// lower case: <c>zh-hans</c>) and holding document pages; renditions without documents have none. A library of at
    /// most <paramref name="documentsPerPart"/> documents has one part per language; a larger one spreads its documents
    /// over a power of two of buckets (<see cref="PartCount"/>) by a hash of each document's address (<see cref="PartOf"/>),
    /// the same in every rendition: a new document joins one bucket and leaves the others as they were, until the
    /// library doubles and each bucket splits in two. Empty buckets make no part.
    /// </summary>
    public static IReadOnlyList<IndexPart> Parts(SiteContent content, int documentsPerPart = DefaultDocumentsPerPart)
    {
        var parts = PartCount(content.Documents.Length, documentsPerPart);
        var buckets = content.Documents.GroupBy(d => PartOf(d.RegionId + "/" + d.Slug, parts)).OrderBy(g => g.Key).ToList();
        return [.. Renditions.All.SelectMany(rendition => buckets.Select(bucket => new IndexPart(
            rendition.Tag.ToLowerInvariant(), bucket.Key, parts,
            [.. bucket.Select(d => SiteUrls.FileOf(SiteUrls.Document(rendition, d))).Order(StringComparer.Ordinal)])))];
    }

    /// <summary>The smallest power of two of buckets that holds <paramref name="documents"/> at
    /// <paramref name="documentsPerPart"/> a bucket on average.</summary>
    public static int PartCount(int documents, int documentsPerPart)
    {
        if (documentsPerPart < 1) throw new ArgumentOutOfRangeException(nameof(documentsPerPart), documentsPerPart, "at least one document a part");
        var parts = 1;
        while (documents > (long)parts * documentsPerPart && parts < 1 << 20) parts *= 2;
        return parts;
    }

    /// <summary>
    /// The bucket of a document among <paramref name="parts"/> (a power of two): the low bits of the SHA-256 of its
    /// address below the rendition (<paramref name="address"/>: <c>region/slug</c>), so it depends on the document alone,
    /// and with twice the buckets a document stays in its bucket or moves to that bucket + <paramref name="parts"/>.
    /// </summary>
    public static int PartOf(string address, int parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(address));
        return (int)(BinaryPrimitives.ReadUInt32BigEndian(hash) & (uint)(parts - 1));
    }

    /// <summary>
    /// A new temporary folder with a symbolic link, at its path in the site, to each of <paramref name="pages"/>
    /// (Pagefind follows them, and names each page by its path in the folder, as in the site). The caller deletes it
    /// with <see cref="Delete"/>.
    /// </summary>
    public static string LinkFolder(string siteDirectory, IReadOnlyList<string> pages)
    {
        var root = Path.GetFullPath(siteDirectory);
        var folder = Directory.CreateTempSubdirectory("longtriangle-pagefind-").FullName;
        foreach (var page in pages)
        {
            var link = Path.Combine(folder, page);
            Directory.CreateDirectory(Path.GetDirectoryName(link)!);
            File.CreateSymbolicLink(link, Path.Combine(root, page));
        }
        return folder;
    }

    /// <summary>Deletes a folder <see cref="LinkFolder"/> made: the links, never the pages they point to.</summary>
    public static void Delete(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
