using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

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
        var header = Int();
        if (header == PackedText.Null) return null;
        var length = PackedText.ByteCount(header);
        var encoded = bytes.AsSpan(_position, length);
        _position += length;
        return PackedText.IsUtf8(header) ? Encoding.UTF8.GetString(encoded) : new string(MemoryMarshal.Cast<byte, char>(encoded));
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
