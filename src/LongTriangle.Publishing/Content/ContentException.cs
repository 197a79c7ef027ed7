using LongTriangle.Inputs;

namespace LongTriangle.Publishing.Content;

/// <summary>
/// Something in <c>content/</c> is wrong and a person must fix it: the message names the file, and the
/// line or key where known. The command-line tool prints it as one line and exits with "input error".
/// </summary>
public sealed class ContentException(string file, int? line, string message, string? key = null)
    : InputException(file, line, message, key);
