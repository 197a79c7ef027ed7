using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Build;

/// <summary>What to build from, where to, and under which base URL.</summary>
/// <param name="ThemeAssetsDirectory">A wwwroot folder to take the stylesheets and scripts from instead of
/// the ones compiled into the theme (serve mode, so that edits show without recompiling).</param>
public sealed record BuildOptions(string ContentDirectory, string OutputDirectory, SiteBase Base, string? ThemeAssetsDirectory = null);
