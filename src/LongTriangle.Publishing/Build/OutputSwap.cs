namespace LongTriangle.Publishing.Build;

/// <summary>
/// Builds go to a fresh folder beside the output and replace it only when complete and checked, so a
/// failed build leaves the previous site untouched and a reader never sees half a site.
/// </summary>
public static class OutputSwap
{
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
