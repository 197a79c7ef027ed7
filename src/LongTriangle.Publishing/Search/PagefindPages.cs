using System.Text;

namespace LongTriangle.Publishing.Search;

/// <summary>
/// The pages of a site that Pagefind indexes, and a folder that shows it only those. Pagefind indexes only
/// the pages marked <c>data-pagefind-body</c> when any page is (every page otherwise), but it reads and parses
/// every page of the folder it is given to find out: at a hundred documents it read 2 428 pages (390 MB) to
/// index 300, in 46 s of CPU and 1.7 GB; given the 300 alone, 9.5 s and 0.6 GB, and the same bundle.
/// </summary>
public static class PagefindPages
{
    private static readonly byte[] Marker = Encoding.UTF8.GetBytes("data-pagefind-body");

    /// <summary>The indexed pages, relative to the site root with '/' separators, in ordinal order. A page whose
    /// text merely mentions the marker is listed too: Pagefind then leaves it out itself, as before.</summary>
    public static IReadOnlyList<string> Find(string siteDirectory)
    {
        var root = Path.GetFullPath(siteDirectory);
        var pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(PagefindOptions.BundleFolder + "/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var marked = Build.Cores.Map(pages, page => File.ReadAllBytes(Path.Combine(root, page)).AsSpan().IndexOf(Marker) >= 0);
        var indexed = pages.Where((_, i) => marked[i]).ToList();
        return indexed.Count > 0 ? indexed : pages;
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
