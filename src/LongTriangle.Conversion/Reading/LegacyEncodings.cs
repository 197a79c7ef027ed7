using System.Text;

namespace LongTriangle.Conversion.Reading;

/// <summary>
/// The legacy Chinese code pages, taken from <see cref="CodePagesEncodingProvider"/> directly so that
/// nothing is registered process-wide. Strict variants throw on invalid bytes (used to test validity);
/// lenient ones substitute U+FFFD.
/// </summary>
public sealed class LegacyEncodings
{
    public LegacyEncodings()
    {
        Gb18030 = Get(54936, strict: true);
        Big5 = Get(950, strict: true);
        Gbk = Get(936, strict: true);
        GbkLenient = Get(936, strict: false);
        Big5Lenient = Get(950, strict: false);
        Utf8Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Utf8Lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    }

    public Encoding Gb18030 { get; }
    public Encoding Big5 { get; }
    public Encoding Gbk { get; }
    public Encoding GbkLenient { get; }
    public Encoding Big5Lenient { get; }
    public Encoding Utf8Strict { get; }
    public Encoding Utf8Lenient { get; }

    private static Encoding Get(int codePage, bool strict)
    {
        return CodePagesEncodingProvider.Instance.GetEncoding(
                codePage,
                strict ? EncoderFallback.ExceptionFallback : new EncoderReplacementFallback("?"),
                strict ? DecoderFallback.ExceptionFallback : new DecoderReplacementFallback("\uFFFD"))
            ?? throw new InvalidOperationException($"Code page {codePage} is not available.");
    }

    /// <summary>
    /// Decodes strictly; null when the bytes are not valid in that encoding. Without exceptions: reading
    /// and repairing try every line of a seed in several encodings, most of them invalid, and a thrown
    /// exception per try made a 20 MB seed take many seconds longer.
    /// </summary>
    public static string? TryDecode(Encoding strictEncoding, ReadOnlySpan<byte> bytes)
    {
        if (strictEncoding is UTF8Encoding)
        {
            return System.Text.Unicode.Utf8.IsValid(bytes) ? strictEncoding.GetString(bytes) : null;
        }

        // A shallow copy of the encoding with a fallback of its own for this one call: shared state stays untouched.
        var noting = (Encoding)strictEncoding.Clone();
        var invalid = new InvalidBytesFallback();
        noting.DecoderFallback = invalid;
        var text = noting.GetString(bytes);
        return invalid.Found ? null : text;
    }

    /// <summary>A decoder fallback that notes invalid bytes (and drops them) instead of throwing.</summary>
    private sealed class InvalidBytesFallback : DecoderFallback
    {
        public bool Found { get; private set; }

        public override int MaxCharCount => 0;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(InvalidBytesFallback owner) : DecoderFallbackBuffer
        {
            public override int Remaining => 0;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Found = true;
                return false;
            }

            public override char GetNextChar() => '\0';

            public override bool MovePrevious() => false;
        }
    }
}
