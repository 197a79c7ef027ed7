using System.Text;

namespace LongTriangle.Conversion;

/// <summary>
/// Reads the converter's input files (seeds, sidecars). A file that cannot be read — a folder in its
/// place, a broken link, no permission — or a sidecar that is not UTF-8 is a <see cref="ConversionException"/>
/// naming the file and saying what to do, never a bare I/O error.
/// </summary>
public static class InputFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] ReadBytes(string path, string what)
    {
        if (Directory.Exists(path))
            throw new ConversionException(path, null, $"this {what} is a folder, not a file (rename or remove it)");
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConversionException(path, null, $"the {what} cannot be read ({e.Message.TrimEnd('.')}); make it a readable file, or remove it");
        }
    }

    /// <summary>A text file that must be UTF-8 (a byte-order mark is allowed and dropped).</summary>
    public static string ReadUtf8(string path, string what)
    {
        var bytes = ReadBytes(path, what);
        var skip = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            var at = skip + Math.Max(0, e.Index);
            var line = 1 + bytes.AsSpan(0, Math.Min(at, bytes.Length)).Count((byte)'\n');
            throw new ConversionException(path, line, $"the {what} is not UTF-8; save it as UTF-8");
        }
    }
}
