namespace LongTriangle.Publishing.Downloads;

/// <summary>
/// Where a Chromium to print PDFs with is: <c>CHROME_PATH</c> when set, else the usual places of Debian's and
/// Google's packages. Null when there is none: the build then makes no PDFs and says so in one line.
/// </summary>
public static class Chromium
{
    private static readonly string[] Places = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    public static string? Find() =>
        Environment.GetEnvironmentVariable("CHROME_PATH") is { Length: > 0 } configured
            ? (File.Exists(configured) ? configured : null)
            : Places.FirstOrDefault(File.Exists);
}
