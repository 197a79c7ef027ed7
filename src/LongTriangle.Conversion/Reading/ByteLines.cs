namespace LongTriangle.Conversion.Reading;

/// <summary>
/// Splits raw bytes into lines at LF, CR LF and CR. Safe before decoding for UTF-8, GB18030 and Big5,
/// whose multi-byte sequences never contain the bytes 0x0A or 0x0D.
/// </summary>
public static class ByteLines
{
    public static IReadOnlyList<ReadOnlyMemory<byte>> Split(ReadOnlyMemory<byte> bytes)
    {
        var lines = new List<ReadOnlyMemory<byte>>();
        var span = bytes.Span;
        var start = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] is not (0x0A or 0x0D))
            {
                continue;
            }

            lines.Add(bytes[start..i]);
            if (span[i] == 0x0D && i + 1 < span.Length && span[i + 1] == 0x0A)
            {
                i++;
            }

            start = i + 1;
        }

        lines.Add(bytes[start..]);
        return lines;
    }

    /// <summary>The 1-based line on which the byte at <paramref name="offset"/> lies.</summary>
    public static int LineOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == 0x0A || bytes[i] == 0x0D && (i + 1 >= bytes.Length || bytes[i + 1] != 0x0A))
            {
                line++;
            }
        }

        return line;
    }
}
