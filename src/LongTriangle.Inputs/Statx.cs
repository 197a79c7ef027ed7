using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace LongTriangle.Inputs;

/// <summary>
/// statx(2) of a path without following a link at its end (Linux only): the one call behind <see cref="FileKinds"/>
/// and <see cref="FileStamp"/>. The structure's layout is the same on every architecture.
/// </summary>
internal static class Statx
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;

    public const uint Type = 0x1, ModifiedTime = 0x40, ChangedTime = 0x80, Inode = 0x100, Size = 0x200;

    /// <summary>The raw structure (256 bytes, as the kernel defines it), or null when the call failed or is unavailable.</summary>
    public static byte[]? Of(string path, uint mask)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var buffer = new byte[256];
        try
        {
            return Call(AtFdCwd, path, AtSymlinkNoFollow, mask, buffer) == 0 ? buffer : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    public static uint ReturnedMask(byte[] buffer) => BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(0));

    public static int FileType(byte[] buffer) => BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(28)) & 0xF000;

    public static ulong InodeNumber(byte[] buffer) => BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(32));

    public static long Length(byte[] buffer) => BinaryPrimitives.ReadInt64LittleEndian(buffer.AsSpan(40));

    /// <summary>The change time (stx_ctime) in nanoseconds since the epoch.</summary>
    public static long Changed(byte[] buffer) => Nanoseconds(buffer, 96);

    /// <summary>The modification time (stx_mtime) in nanoseconds since the epoch.</summary>
    public static long Modified(byte[] buffer) => Nanoseconds(buffer, 112);

    /// <summary>The device the file lies on (stx_dev_major, stx_dev_minor).</summary>
    public static ulong Device(byte[] buffer) =>
        (ulong)BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(136)) << 32 | BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(140));

    private static long Nanoseconds(byte[] buffer, int offset) =>
        BinaryPrimitives.ReadInt64LittleEndian(buffer.AsSpan(offset)) * 1_000_000_000L + BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(offset + 8));

    // On Linux the structure is little-endian on every architecture .NET runs on (x64, arm64).
    [DllImport("libc", EntryPoint = "statx")]
    private static extern int Call(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
