namespace LongTriangle.Conversion.Reading;

/// <summary>Recognises input that is not text at all (images, archives, documents, executables).</summary>
public static class BinaryContent
{
    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ("%PDF"u8.ToArray(), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or an Office document)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Office document"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
        ("{\\rtf"u8.ToArray(), "an RTF document"),
    ];

    /// <summary>What the bytes are, when they are recognisably not text; otherwise null.</summary>
    public static string? Recognise(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, kind) in Signatures)
        {
            if (bytes.StartsWith(magic))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// UTF-16 without a byte-order mark shows as a NUL in every other byte; returns true and the byte
    /// order when at least 30% of one parity is NUL and almost none of the other.
    /// </summary>
    public static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        if (bytes.Length < 4)
        {
            return false;
        }

        int evenNul = 0, oddNul = 0;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = bytes.Length / 2;
        if (oddNul > pairs * 0.3 && evenNul < pairs * 0.02)
        {
            return true;
        }

        if (evenNul > pairs * 0.3 && oddNul < pairs * 0.02)
        {
            bigEndian = true;
            return true;
        }

        return false;
    }
}
