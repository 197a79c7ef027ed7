using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// Reads what a <see cref="PackedWriter"/> wrote, in the same order. The bytes come from the build cache, which
/// hands out only an entry proven whole under a key that starts with this tool's fingerprint (so written by this
/// very code): they are read without guards beyond the array's own bounds.
/// </summary>
internal sealed class PackedReader(byte[] bytes)
{
    private int _position;

    public byte Byte() => bytes[_position++];

    public bool Boolean() => Byte() != 0;

    public int Int()
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(_position, sizeof(int)));
        _position += sizeof(int);
        return value;
    }

    public string? NullableString()
    {
        var length = Int();
        if (length < 0) return null;
        var units = bytes.AsSpan(_position, length * sizeof(char));
        _position += units.Length;
        return new string(MemoryMarshal.Cast<byte, char>(units));
    }

    public string String() => NullableString() ?? throw new InvalidDataException("packed content: a string expected, found null");

    public byte[] Bytes()
    {
        var length = Int();
        var read = bytes.AsSpan(_position, length).ToArray();
        _position += read.Length;
        return read;
    }

    public DateOnly? Date() => Int() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null;

    /// <summary>Whether every byte was read: what a reader of a whole entry checks last.</summary>
    public bool AtEnd => _position == bytes.Length;
}
