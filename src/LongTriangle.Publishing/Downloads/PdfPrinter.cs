using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Downloads;

/// <summary>
/// Prints every document page, in each language, to a PDF with headless Chromium, as the print stylesheet
/// lays it out (one column, eIds in the margin, title and citation address, page numbers), into
/// <c>downloads/</c> of the staging folder. One Chromium, started when the first PDF is not in the cache, prints
/// them all, one page at a time (<see cref="ChromiumSession"/>).
/// </summary>
public sealed class PdfPrinter(string chromium)
{
    private static readonly TimeSpan PageTimeout = TimeSpan.FromMinutes(3);

    /// <param name="cache">Where earlier builds' PDFs are kept: a PDF is printed again only when its page, the
    /// site's assets or the Chromium installed changed (printing is most of the build's time).</param>
    /// <returns>How many PDFs were written, and how many of them came from the cache.</returns>
    public (int Written, int Reused) Print(SiteModel site, string staging, BuildCache? cache = null)
    {
        using var server = new StaticFileServer(staging, site.Base.Path);
        var profile = Directory.CreateTempSubdirectory("longtriangle-pdf-");
        ChromiumSession? browser = null;
        try
        {
            // What every PDF's key shares, computed once.
            var printer = cache is null ? null : ChromiumIdentity() + "|" + AssetsHash(staging);
            var count = 0;
            var reused = 0;
            foreach (var document in site.Documents)
            {
                foreach (var language in Renditions.All)
                {
                    var page = SiteUrls.Document(language, document.Document);
                    var target = Path.Combine(staging, SiteUrls.Pdf(language, document.Document));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    var key = cache?.Key(CacheArea.Pdf)
                        .Add(printer!).Add(document.Date ?? "")
                        .Add(File.ReadAllBytes(Path.Combine(staging, SiteUrls.FileOf(page))));
                    if (key is not null && cache!.Read(key) is { } cached)
                    {
                        File.WriteAllBytes(target, cached);
                        reused++;
                    }
                    else
                    {
                        browser ??= ChromiumSession.Start(chromium, profile.FullName);
                        var bytes = PdfDates.Fix(browser.Print(server.Address + site.Base.Path + page, PageTimeout), document.Date);
                        File.WriteAllBytes(target, bytes);
                        if (key is not null) cache!.Write(key, bytes);
                    }
                    count++;
                }
            }
            return (count, reused);
        }
        finally
        {
            browser?.Dispose();
            profile.Delete(recursive: true);
        }
    }

    /// <summary>The Chromium binary as installed: its path, size and time (an upgrade changes them).</summary>
    private string ChromiumIdentity()
    {
        var file = new FileInfo(chromium);
        return file.Exists ? $"{file.FullName}|{file.Length}|{file.LastWriteTimeUtc.Ticks}" : chromium;
    }

    /// <summary>Every file under the staging folder's assets (stylesheets, scripts, fonts), in path order.</summary>
    private static string AssetsHash(string staging)
    {
        var assets = Path.Combine(staging, "assets");
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        if (Directory.Exists(assets))
        {
            foreach (var file in Directory.GetFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(assets, file) + "\n"));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
