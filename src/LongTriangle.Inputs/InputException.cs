namespace LongTriangle.Inputs;

/// <summary>
/// An input file is wrong and a person must fix it: the message names the file, and the line or key where
/// known. The converter's and the site build's own exceptions are kinds of it; the command-line tool prints
/// any of them as one line and exits with "input error".
/// </summary>
public class InputException(string file, int? line, string message, string? key = null)
    : Exception(Format(file, line, key, message))
{
    public string File { get; } = file;
    public int? Line { get; } = line;
    public string? Key { get; } = key;
    public string Problem { get; } = message;

    private static string Format(string file, int? line, string? key, string message) =>
        file + (line is { } l ? $":{l}" : "") + (key is null ? "" : $" ({key})") + ": " + message;
}
