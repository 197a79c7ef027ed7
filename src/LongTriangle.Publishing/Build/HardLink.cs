using System.Runtime.InteropServices;

namespace LongTriangle.Publishing.Build;

/// <summary>
/// A second name for an existing file (link(2)): the file's bytes are not copied. Where the system cannot make
/// one (another file system, a file system without hard links, a system without link(2)) the caller copies instead.
/// </summary>
public static class HardLink
{
    /// <summary>Makes <paramref name="newPath"/> (which must not exist) a name of <paramref name="existing"/>; false when it could not.</summary>
    public static bool TryCreate(string existing, string newPath)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD()) return false;
        try
        {
            return Link(existing, newPath) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);
}
