namespace LongTriangle.Conversion;

/// <summary>
/// A problem with an input that the user must fix: it names the file, and the line or key where known.
/// The command-line tool prints its message as one line; it is never a crash.
/// </summary>
public sealed class ConversionException(string file, int? line, string message, string? key = null)
    : Exception(Format(file, line, key, message))
{
    public string File { get; } = file;
    public int? Line { get; } = line;
    public string? Key { get; } = key;
    public string Problem { get; } = message;

    private static string Format(string file, int? line, string? key, string message) =>
        file + (line is { } l ? $":{l}" : "") + (key is null ? "" : $" ({key})") + ": " + message;
}
