using System.Collections.Immutable;

namespace LongTriangle.Publishing.Build;

/// <summary>The whole site in memory: file path (relative, '/' separators) → bytes, in ordinal order.</summary>
/// <param name="PageCount">How many HTML pages.</param>
public sealed record RenderedSite(ImmutableSortedDictionary<string, byte[]> Files, int PageCount, int DocumentCount)
{
    public string Html(string path) => System.Text.Encoding.UTF8.GetString(Files[path]);

    /// <summary>Writes every file below <paramref name="directory"/>, which must not exist yet or be empty.</summary>
    public void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var (path, bytes) in Files)
        {
            var full = Path.Combine(directory, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }
}
