using System.Text;

namespace LongTriangle.Publishing.Build;

/// <summary>
/// The folder a build writes the site into, file by file as each is rendered (the site is never held in
/// memory whole). Every path the site will have is checked before the first file is written: whatever the
/// content says, the build writes nowhere but inside the folder, and no file twice.
/// </summary>
public sealed class SiteFolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly IReadOnlyDictionary<string, string> _targets;
    // The folders made so far: a site of thousands of pages in a few hundred folders asks the file system once for each.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);

    private SiteFolder(IReadOnlyDictionary<string, string> targets) => _targets = targets;

    /// <summary>Checks every relative path ('/' separators) the site will hold, then creates <paramref name="directory"/>.</summary>
    public static SiteFolder Prepare(string directory, IEnumerable<string> paths)
    {
        var root = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar)));
            if (!full.StartsWith(root, StringComparison.Ordinal) || Path.IsPathRooted(path))
                throw new InvalidOperationException($"the site file '{path}' would be written outside {directory}");
            if (!targets.TryAdd(path, full))
                throw new InvalidOperationException($"the site file '{path}' would be written twice");
        }
        Directory.CreateDirectory(directory);
        return new SiteFolder(targets);
    }

    public int FileCount => _targets.Count;

    /// <summary>Writes one of the prepared files; safe to call from several threads for different files.</summary>
    public void Write(string path, byte[] bytes) => File.WriteAllBytes(Target(path), bytes);

    /// <summary>Where one of the prepared files goes (its folder created), for a writer that copies it there itself.</summary>
    public string Target(string path)
    {
        var full = _targets.TryGetValue(path, out var target)
            ? target
            : throw new InvalidOperationException($"the site file '{path}' was not planned");
        var folder = Path.GetDirectoryName(full)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }
        return full;
    }

    public void Write(string path, string text) => Write(path, Utf8.GetBytes(text));
}
