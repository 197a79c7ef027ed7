using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// Writes what a content file read to, for the build cache (<see cref="PackedReader"/> reads it back): numbers
/// little-endian; strings (<see cref="PackedText"/>) as their UTF-16 code units, so that any string comes back exactly
/// as it was and Chinese text takes two bytes a character (three in UTF-8) and is copied back without decoding, or
/// as UTF-8 where that is shorter.
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
            _writer.Write(PackedText.Null);
            return;
        }
        // UTF-8 where it is the shorter (English, eIds, hashes: half the bytes to store, read and prove whole), unless
        // the string is not valid UTF-16 (a lone surrogate has no UTF-8): UTF-16 gives back any string as it was.
        var utf8Length = Encoding.UTF8.GetByteCount(text);
        if (utf8Length < text.Length * sizeof(char))
        {
            var utf8 = ArrayPool<byte>.Shared.Rent(utf8Length);
            try
            {
                if (Utf8.FromUtf16(text, utf8, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
                {
                    _writer.Write(PackedText.Utf8Header(written));
                    _writer.Write(utf8, 0, written);
                    return;
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(utf8);
            }
        }
        var units = MemoryMarshal.AsBytes(text.AsSpan());
        _writer.Write(PackedText.Utf16Header(units.Length));
        _writer.Write(units);
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
