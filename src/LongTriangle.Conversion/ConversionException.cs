using LongTriangle.Inputs;

namespace LongTriangle.Conversion;

/// <summary>
/// A problem with a seed or sidecar that the user must fix: it names the file, and the line or key where known.
/// The command-line tool prints its message as one line; it is never a crash.
/// </summary>
public sealed class ConversionException(string file, int? line, string message, string? key = null)
    : InputException(file, line, message, key);
