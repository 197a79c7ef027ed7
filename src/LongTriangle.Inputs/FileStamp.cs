using System.Buffers.Binary;
using System.Globalization;

namespace LongTriangle.Inputs;

/// <summary>
/// What the file system says of a regular file without reading it (as git's index does): the device and inode it
/// is, its length, and its modification and change times in nanoseconds. The change time is set by the kernel on
/// every write, rename, link or attribute change and cannot be set by a user, so an edit that keeps the length and
/// puts the modification time back (<c>touch -r</c>, <c>rsync -t</c>) still gives another stamp; a file replaced by
/// another (a rename over it) is another inode. A file whose stamp equals the one recorded when its bytes were
/// known is taken to hold those bytes, under the "racily clean" rule of <see cref="IsSettledAt"/>.
/// </summary>
public readonly record struct FileStamp(ulong Device, ulong Inode, long Length, long ModifiedNanoseconds, long ChangedNanoseconds)
{
    /// <summary>The length of <see cref="ToBytes"/>.</summary>
    public const int ByteLength = 40;

    private const uint Needed = Statx.Type | Statx.ModifiedTime | Statx.ChangedTime | Statx.Inode | Statx.Size;

    /// <summary>
    /// The stamp of the regular file at <paramref name="path"/> (a link at its end is not followed); null when there
    /// is none there, it is not a regular file, or the system gives no full stamp (other than Linux: then nothing is
    /// ever taken on trust, and files are read).
    /// </summary>
    public static FileStamp? Of(string path)
    {
        if (Statx.Of(path, Needed) is not { } buffer || (Statx.ReturnedMask(buffer) & Needed) != Needed || Statx.FileType(buffer) != 0x8000)
            return null;
        return new FileStamp(Statx.Device(buffer), Statx.InodeNumber(buffer), Statx.Length(buffer), Statx.Modified(buffer), Statx.Changed(buffer));
    }

    /// <summary>
    /// Whether this stamp, taken at or after <paramref name="recordedAt"/> (<see cref="FileSystemClock.Now"/> read
    /// before the stamp), may be trusted later: git's "racily clean" rule. A later change to the file gets times no
    /// earlier than the clock when it happens, in the granularity the file system keeps; a stamp whose times are
    /// not older than the recording by that granularity could be shared by an edit made just after the recording
    /// (same length, same tick), so it is not trusted (the file is read again next time). The granularity is not
    /// reported by the system: it is taken from the times themselves (nanoseconds ending in n zeros: 10ⁿ ns; none at
    /// all: 2 s, as FAT keeps).
    /// </summary>
    public bool IsSettledAt(long recordedAt) =>
        ModifiedNanoseconds + Granularity(ModifiedNanoseconds) <= recordedAt
        && ChangedNanoseconds + Granularity(ChangedNanoseconds) <= recordedAt;

    public byte[] ToBytes()
    {
        var bytes = new byte[ByteLength];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(0), Device);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(8), Inode);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(16), Length);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(24), ModifiedNanoseconds);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(32), ChangedNanoseconds);
        return bytes;
    }

    /// <summary>The stamp as one word of a text record (five numbers joined by ':').</summary>
    public override string ToString() => string.Join(':',
        Device.ToString(CultureInfo.InvariantCulture), Inode.ToString(CultureInfo.InvariantCulture), Length.ToString(CultureInfo.InvariantCulture),
        ModifiedNanoseconds.ToString(CultureInfo.InvariantCulture), ChangedNanoseconds.ToString(CultureInfo.InvariantCulture));

    /// <summary>The stamp <see cref="ToString"/> wrote, or null when <paramref name="text"/> is not one.</summary>
    public static FileStamp? Parse(string text)
    {
        if (text.Split(':') is not [var device, var inode, var length, var modified, var changed]) return null;
        const NumberStyles digits = NumberStyles.None;
        var culture = CultureInfo.InvariantCulture;
        return ulong.TryParse(device, digits, culture, out var d) && ulong.TryParse(inode, digits, culture, out var i)
            && long.TryParse(length, digits, culture, out var l) && long.TryParse(modified, NumberStyles.AllowLeadingSign, culture, out var m)
            && long.TryParse(changed, NumberStyles.AllowLeadingSign, culture, out var c)
            ? new FileStamp(d, i, l, m, c)
            : null;
    }

    private static long Granularity(long nanoseconds)
    {
        var fraction = nanoseconds % 1_000_000_000L;
        if (fraction == 0) return 2_000_000_000L;
        long granularity = 1;
        while (fraction % (granularity * 10) == 0) granularity *= 10;
        // No file system keeps a fraction of a second coarser than 10 ms (exFAT); a time on a finer one ends in zeros by
        // chance (the coarse clock ticks every 1–10 ms), which must not make it look coarser than that.
        return Math.Min(granularity, FileSystemClock.FinestSubsecondGranularity);
    }
}
