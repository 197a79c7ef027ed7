namespace LongTriangle.Conversion.Tests.Hostile;

/// <summary>
/// Ways for a seed (or sidecar) path to exist yet not be readable. "No read permission" (chmod 000) only
/// stops a process that lacks the capability to override it — tests often run as root, where it reads
/// fine — so it is listed only where it really makes the file unreadable; the other kinds work everywhere.
/// </summary>
internal static class Unreadable
{
    public const string Folder = "a folder named like the file";
    public const string BrokenLink = "a link to nothing";
    public const string LinkLoop = "a link to itself";
    public const string NoPermission = "no read permission";

    public static IEnumerable<string> KindsOnThisMachine()
    {
        yield return Folder;
        yield return BrokenLink;
        yield return LinkLoop;
        if (PermissionsStopReading()) yield return NoPermission;
    }

    public static void Make(string kind, string path)
    {
        switch (kind)
        {
            case Folder:
                Directory.CreateDirectory(path);
                File.WriteAllText(Path.Combine(path, "inside.txt"), "一、内容");
                break;
            case BrokenLink:
                File.CreateSymbolicLink(path, Path.Combine(Path.GetDirectoryName(path)!, "no-such-file"));
                break;
            case LinkLoop:
                File.CreateSymbolicLink(path, path);
                break;
            case NoPermission when !OperatingSystem.IsWindows():
                File.WriteAllText(path, "一、内容");
                File.SetUnixFileMode(path, UnixFileMode.None);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private static bool PermissionsStopReading()
    {
        if (OperatingSystem.IsWindows()) return false;
        var probe = Path.Combine(Path.GetTempPath(), "longtriangle-permission-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(probe, "x");
        try
        {
            File.SetUnixFileMode(probe, UnixFileMode.None);
            File.ReadAllBytes(probe);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
        finally
        {
            File.SetUnixFileMode(probe, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Delete(probe);
        }
    }
}
