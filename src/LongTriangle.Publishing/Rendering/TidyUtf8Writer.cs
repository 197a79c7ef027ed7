using System.Buffers;
using System.Text;

namespace LongTriangle.Publishing.Rendering;

/// <summary>
/// Takes rendered HTML as the renderer writes it and keeps it tidy and encoded: every line without its trailing
/// white space (a carriage return included), blank lines left out, each line ended by a newline, in UTF-8 without a
/// byte order mark. A page is written straight into pooled buffers, line by line: a scraped plan's page is megabytes,
/// and making it a string, a tidied string and then bytes put five copies of it on the large-object heap, which
/// the runtime lets fragment (the build of a thousand documents grew to 1.5 GB for 0.5 GB of live data).
/// </summary>
internal sealed class TidyUtf8Writer : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private char[] _line = ArrayPool<char>.Shared.Rent(4096);
    private int _lineLength;
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _length;

    public override Encoding Encoding => Utf8;

    public override void Write(char value)
    {
        if (value == '\n') EndLine();
        else Append(new ReadOnlySpan<char>(in value));
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var newline = buffer.IndexOf('\n');
            if (newline < 0)
            {
                Append(buffer);
                return;
            }
            Append(buffer[..newline]);
            EndLine();
            buffer = buffer[(newline + 1)..];
        }
    }

    /// <summary>The tidy page: its lines, or a single newline when it has none.</summary>
    public byte[] ToArray()
    {
        EndLine();
        return _length == 0 ? [(byte)'\n'] : _bytes.AsSpan(0, _length).ToArray();
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (_lineLength + chars.Length > _line.Length) _line = Grow(_line, _lineLength, _lineLength + chars.Length);
        chars.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += chars.Length;
    }

    private void EndLine()
    {
        // A line is whole here, so a surrogate pair is never cut in two by encoding it.
        var line = _line.AsSpan(0, _lineLength).TrimEnd();
        _lineLength = 0;
        if (line.IsEmpty) return;
        var most = Utf8.GetMaxByteCount(line.Length) + 1;
        if (_length + most > _bytes.Length) _bytes = Grow(_bytes, _length, _length + most);
        _length += Utf8.GetBytes(line, _bytes.AsSpan(_length));
        _bytes[_length++] = (byte)'\n';
    }

    private static T[] Grow<T>(T[] rented, int used, int needed)
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(needed, rented.Length * 2));
        rented.AsSpan(0, used).CopyTo(larger);
        ArrayPool<T>.Shared.Return(rented);
        return larger;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ArrayPool<char>.Shared.Return(_line);
            ArrayPool<byte>.Shared.Return(_bytes);
            _line = [];
            _bytes = [];
        }
        base.Dispose(disposing);
    }
}
