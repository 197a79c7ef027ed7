namespace LongTriangle.Publishing.Build;

/// <summary>
/// Builds go to a fresh folder beside the output and replace it only when complete and checked, so a
/// failed build leaves the previous site untouched and a reader never sees half a site.
/// </summary>
public static class OutputSwap
{
    /// <summary>
    /// Replacing the output deletes what was there, so a folder that is plainly not a built site is refused
    /// before anything happens: the content folder or a folder holding it (--out . or --out content), or
    /// a repository (a .git inside). The message says what to do.
    /// </summary>
    public static void CheckReplaceable(string output, string contentDirectory)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var content = Path.GetFullPath(contentDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (content.StartsWith(full, StringComparison.Ordinal))
            throw new IOException($"{output}: the output folder is or contains the content folder, and building replaces it entirely; choose another output folder (--out)");
        if (Path.Exists(Path.Combine(full, ".git")))
            throw new IOException($"{output}: the output folder is a repository (it has .git), and building replaces it entirely; choose another output folder (--out)");
    }

    /// <summary>A new, empty folder beside <paramref name="output"/> (same file system, so the swap is a rename).</summary>
    public static string CreateStaging(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? throw new IOException($"{output}: cannot build into a file system root");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.building-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Moves the staged site into place: two renames, the old site removed only afterwards.</summary>
    public static void Replace(string staging, string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        string? previous = null;
        if (Directory.Exists(full))
        {
            previous = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.previous-{Guid.NewGuid():N}");
            Directory.Move(full, previous);
        }
        try
        {
            Directory.Move(staging, full);
        }
        catch
        {
            if (previous is not null) Directory.Move(previous, full);
            throw;
        }
        if (previous is not null) Directory.Delete(previous, recursive: true);
    }

    public static void Discard(string staging)
    {
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
    }
}
