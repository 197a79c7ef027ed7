using System.Reflection;

namespace LongTriangle.Theme;

/// <summary>
/// The theme's static files (wwwroot: css/, js/), embedded in this assembly. The site copies them to
/// <c>assets/</c>; a folder on disk can stand in for them (serve mode, so edits show without recompiling).
/// </summary>
public static class ThemeAssets
{
    private const string Prefix = "theme/";

    /// <summary>Every asset as (path below wwwroot with '/' separators, bytes), in ordinal order of path.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Embedded()
    {
        var assembly = typeof(ThemeAssets).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[Prefix.Length..].Replace('\\', '/'), Read(assembly, n)))];
    }

    /// <summary>The same, read from a wwwroot folder on disk.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> FromDirectory(string wwwroot) =>
        [.. Directory.EnumerateFiles(wwwroot, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(wwwroot, f).Replace('\\', '/'), f))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .Select(p => (p.Item1, File.ReadAllBytes(p.f)))];

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
