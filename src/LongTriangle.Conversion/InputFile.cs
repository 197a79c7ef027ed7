using LongTriangle.Inputs;

namespace LongTriangle.Conversion;

/// <summary>
/// Reads the converter's input files (seeds, sidecars, site.yml) through the rules every input obeys
/// (<see cref="InputFiles"/>: a regular file inside its folder, no links, bounded size). A file that cannot be
/// read — a link, a device, a folder in its place, no permission — or a sidecar that is not UTF-8 is a
/// <see cref="ConversionException"/> naming the file and saying what to do, never a bare I/O error.
/// </summary>
public static class InputFile
{
    public static byte[] ReadBytes(string path, string folder, string what, long maximumBytes) =>
        Refused(() => InputFiles.ReadBytes(path, folder, what, maximumBytes));

    /// <summary>A text file that must be UTF-8 (a byte-order mark is allowed and dropped).</summary>
    public static string ReadUtf8(string path, string folder, string what, long maximumBytes) =>
        Refused(() => InputFiles.ReadUtf8(path, folder, what, maximumBytes));

    private static T Refused<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (InputException e) when (e is not ConversionException)
        {
            throw new ConversionException(e.File, e.Line, e.Problem, e.Key);
        }
    }
}
