namespace LongTriangle.Publishing.Content;

/// <summary>
/// Something in <c>content/</c> is wrong and a person must fix it: the message names the file, and the
/// line or key where known. The command-line tool prints it as one line and exits with "input error".
/// </summary>
public sealed class ContentException(string file, int? line, string message, string? key = null)
    : Exception(Format(file, line, key, message))
{
    public string File { get; } = file;
    public int? Line { get; } = line;
    public string? Key { get; } = key;

    private static string Format(string file, int? line, string? key, string message) =>
        file + (line is { } l ? $":{l}" : "") + (key is null ? "" : $" ({key})") + ": " + message;
}
