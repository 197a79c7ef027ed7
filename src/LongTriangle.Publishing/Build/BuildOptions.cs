using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Build;

/// <summary>What to build from, where to, and under which base URL.</summary>
/// <param name="Base">The command line's base URL, which overrides site.yml's (<see cref="SiteBase.Resolve"/>); null: site.yml's.</param>
/// <param name="ThemeAssetsDirectory">A wwwroot folder to take the stylesheets and scripts from instead of
/// the ones compiled into the theme (serve mode, so that edits show without recompiling).</param>
/// <param name="Cache">Where earlier builds' pages and search bundles are kept for reuse (null: build everything).</param>
/// <param name="ProtectedFolders">Folders besides the content folder that the output may not be, hold or lie
/// inside (seeds, theme, source, the repository).</param>
public sealed record BuildOptions(
    string ContentDirectory,
    string OutputDirectory,
    SiteBase? Base,
    string? ThemeAssetsDirectory = null,
    IReadOnlyList<string>? ProtectedFolders = null,
    BuildCache? Cache = null)
{
    /// <summary>Print each document page to PDF with headless Chromium when one is installed (build --pdf, ./build.sh).</summary>
    public bool PrintPdf { get; init; }

    /// <summary>How many documents a part of a language's search index holds on average at most (build --index-part-size):
    /// a larger library is indexed in parts (<see cref="Search.PagefindPages.Parts"/>).</summary>
    public int IndexPartSize { get; init; } = Search.PagefindPages.DefaultDocumentsPerPart;

    /// <summary>The content folder and the protected folders.</summary>
    public IReadOnlyList<string> Protected => [ContentDirectory, .. ProtectedFolders ?? []];
}
