using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Downloads;

/// <summary>
/// The sources a reader can download whole, copied byte for byte into <c>downloads/</c>: the Chinese
/// document's Markdown (front matter and text, as the converter wrote it) and, when there is one, its
/// English translation file.
/// </summary>
public static class DownloadFiles
{
    public static int Write(SiteContent content, string staging)
    {
        var count = 0;
        foreach (var document in content.Documents)
        {
            Copy(Path.Combine(content.Directory, Renditions.Authoritative.Code, document.RegionId, document.Slug + ".md"), Path.Combine(staging, SiteUrls.Markdown(document)));
            count++;
            if (content.TranslationOf(document).Exists && TranslationSource(content, document) is { } english && File.Exists(english))
            {
                Copy(english, Path.Combine(staging, SiteUrls.TranslationSource(document)));
                count++;
            }
        }
        return count;
    }

    public static string TranslationSource(SiteContent content, PolicyDocument document) =>
        Path.Combine(content.Directory, Renditions.Translation.Code, document.RegionId, document.Slug + ".yml");

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: false);
    }
}
