using System.Collections.Immutable;

namespace LongTriangle.Publishing.Build;

/// <summary>The whole site in memory: file path (relative, '/' separators) → bytes, in ordinal order.</summary>
/// <param name="PageCount">How many HTML pages.</param>
public sealed record RenderedSite(ImmutableSortedDictionary<string, byte[]> Files, int PageCount, int DocumentCount)
{
    public string Html(string path) => System.Text.Encoding.UTF8.GetString(Files[path]);

    /// <summary>
    /// Writes every file below <paramref name="directory"/>, which must not exist yet or be empty. Every
    /// path is checked to stay inside it before anything is written: whatever the content says, the build
    /// writes nowhere else.
    /// </summary>
    public void WriteTo(string directory)
    {
        var root = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var targets = Files.Select(f => (Full: Path.GetFullPath(Path.Combine(root, f.Key.Replace('/', Path.DirectorySeparatorChar))), f.Key, f.Value)).ToList();
        if (targets.FirstOrDefault(t => !t.Full.StartsWith(root, StringComparison.Ordinal) || Path.IsPathRooted(t.Key)) is { Key: not null } outside)
            throw new InvalidOperationException($"the site file '{outside.Key}' would be written outside {directory}");

        Directory.CreateDirectory(directory);
        foreach (var (full, _, bytes) in targets)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }
}
