using System.Runtime.InteropServices;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// Writes what a content file read to, for the build cache (<see cref="PackedReader"/> reads it back): numbers
/// little-endian, strings as their UTF-16 code units after their length (-1 for null), so any string comes back
/// exactly as it was, and Chinese text, most of a library, takes two bytes a character (three in UTF-8) and
/// is copied back into a string without decoding.
/// </summary>
internal sealed class PackedWriter : IDisposable
{
    private readonly MemoryStream _bytes = new();
    private readonly BinaryWriter _writer;

    public PackedWriter() => _writer = new BinaryWriter(_bytes);

    public void Byte(byte value) => _writer.Write(value);

    public void Boolean(bool value) => _writer.Write(value);

    public void Int(int value) => _writer.Write(value);

    public void String(string? text)
    {
        if (text is null)
        {
            _writer.Write(-1);
            return;
        }
        _writer.Write(text.Length);
        _writer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    /// <summary>Bytes, after their count.</summary>
    public void Bytes(byte[] bytes)
    {
        _writer.Write(bytes.Length);
        _writer.Write(bytes);
    }

    /// <summary>A date as its day number, or -1 when there is none.</summary>
    public void Date(DateOnly? date) => _writer.Write(date?.DayNumber ?? -1);

    /// <summary>The bytes written.</summary>
    public byte[] ToArray()
    {
        _writer.Flush();
        return _bytes.ToArray();
    }

    public void Dispose() => _writer.Dispose();
}
