using System.Diagnostics;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Downloads;

/// <summary>
/// Prints every document page, in each language, to a PDF with headless Chromium, as the print stylesheet
/// lays it out (one column, eIds in the margin, title and citation address, page numbers), into
/// <c>downloads/</c> of the staging folder. One page at a time: the machine is shared.
/// </summary>
public sealed class PdfPrinter(string chromium)
{
    private static readonly TimeSpan PageTimeout = TimeSpan.FromMinutes(3);

    /// <returns>How many PDFs were written.</returns>
    public int Print(SiteModel site, string staging)
    {
        using var server = new StaticFileServer(staging, site.Base.Path);
        var profile = Directory.CreateTempSubdirectory("longtriangle-pdf-");
        try
        {
            var count = 0;
            foreach (var document in site.Documents)
            {
                foreach (var language in Renditions.All)
                {
                    var url = server.Address + site.Base.Path + SiteUrls.Document(language, document.Document);
                    var target = Path.Combine(staging, SiteUrls.Pdf(language, document.Document));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    PrintOne(url, target, profile.FullName);
                    File.WriteAllBytes(target, PdfDates.Fix(File.ReadAllBytes(target), document.Date));
                    count++;
                }
            }
            return count;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private void PrintOne(string url, string target, string profile)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + target, url,
        })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new IOException($"cannot start Chromium ({chromium})");
        // Chromium's chatter is not ours to show; read it so that it cannot fill the pipe and block.
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(PageTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new IOException($"Chromium did not print {url} within {PageTimeout.TotalMinutes:0} minutes");
        }
        if (process.ExitCode != 0 || !File.Exists(target) || new FileInfo(target).Length == 0)
        {
            var last = errors.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            throw new IOException($"Chromium could not print {url} (exit {process.ExitCode}): {last.Trim()}");
        }
    }
}
