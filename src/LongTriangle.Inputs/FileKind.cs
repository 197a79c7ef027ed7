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
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            if (Statx.Of(path, Statx.Type) is not { } buffer)
                return FileKind.Missing;
            return Statx.FileType(buffer) switch
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
}
