using System.Runtime.InteropServices;

namespace LongTriangle.Inputs;

/// <summary>What a path is, without following a symbolic link at its end.</summary>
public enum FileKind
{
    Missing,
    RegularFile,
    Directory,
    SymbolicLink,
    NamedPipe,
    CharacterDevice,
    BlockDevice,
    Socket,
}

/// <summary>
/// Reads a path's kind with lstat semantics. .NET reports named pipes and devices as ordinary files
/// (and opening a pipe to read it waits for a writer forever), so on Linux the kind comes from
/// statx(2), whose layout is the same on every architecture; elsewhere from the file attributes.
/// </summary>
public static class FileKinds
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;

    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            var buffer = new byte[256];
            if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0)
                return FileKind.Missing;
            var mode = BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000;
            return mode switch
            {
                0x8000 => FileKind.RegularFile,
                0x4000 => FileKind.Directory,
                0xA000 => FileKind.SymbolicLink,
                0x1000 => FileKind.NamedPipe,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                0xC000 => FileKind.Socket,
                _ => FileKind.CharacterDevice,
            };
        }

        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return FileKind.SymbolicLink;
        if (Directory.Exists(path)) return FileKind.Directory;
        return info.Exists ? FileKind.RegularFile : FileKind.Missing;
    }

    [DllImport("libc", EntryPoint = "statx")]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
