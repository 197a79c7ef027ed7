namespace LongTriangle.Content;

/// <summary>
/// The one way a finished folder replaces the one in use (content/zh by the converter, the site by the
/// build): two renames on the same file system, the old folder removed only afterwards, so a reader never
/// sees half of either. A swap interrupted between the two renames (a killed process, a power cut) leaves the
/// old folder under its temporary name and none in place; <see cref="Recover"/> puts it back.
/// </summary>
public static class FolderSwap
{
    /// <summary>Moves <paramref name="staged"/> to <paramref name="target"/>; what was there goes to <paramref name="previous"/> and is then removed.</summary>
    public static void Replace(string staged, string target, string previous)
    {
        if (Exchange(staged, target, previous)) Directory.Delete(previous, recursive: true);
    }

    /// <summary>
    /// Moves <paramref name="staged"/> to <paramref name="target"/>; what was there goes to <paramref name="previous"/>
    /// and stays there (true when there was something) for the caller to remove when it suits it.
    /// </summary>
    public static bool Exchange(string staged, string target, string previous)
    {
        var moved = false;
        if (Directory.Exists(target))
        {
            Directory.Move(target, previous);
            moved = true;
        }
        try
        {
            Directory.Move(staged, target);
        }
        catch
        {
            if (moved) Directory.Move(previous, target);
            throw;
        }
        return moved;
    }

    /// <summary>
    /// Puts back the folder an interrupted <see cref="Replace"/> left at <paramref name="previous"/> when nothing
    /// is at <paramref name="target"/>; true when it did.
    /// </summary>
    public static bool Recover(string target, string previous)
    {
        if (Directory.Exists(target) || File.Exists(target) || !Directory.Exists(previous)) return false;
        Directory.Move(previous, target);
        return true;
    }
}
