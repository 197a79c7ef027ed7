using System.Text;
using LongTriangle.Inputs;

namespace LongTriangle.Cli.Terminal;

/// <summary>
/// The one place every message of every command passes through (the tool wraps its output and error
/// streams in it). Messages quote inputs — a key, a value, a file name, a tool's output — and an input may
/// hold a line break, a terminal escape or a bidirectional override: written as \n or U+001B, each
/// message stays one line and cannot repaint or reorder the reader's terminal.
/// </summary>
public sealed class TerminalLines(TextWriter inner) : TextWriter
{
    /// <summary>The stream underneath, for the tool's own multi-line text (help) and the progress indicator.</summary>
    public TextWriter Inner => inner;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => inner.Write(OneLine(value.ToString()));

    public override void Write(string? value) => inner.Write(OneLine(value ?? ""));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(string? value) => inner.WriteLine(OneLine(value ?? ""));

    public override void Flush() => inner.Flush();

    /// <summary>The message as one line: line breaks as \n and \r, other control and invisible characters as U+XXXX.</summary>
    public static string OneLine(string message)
    {
        var line = new StringBuilder(message.Length);
        var text = message.TrimEnd('\n', '\r');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') line.Append("\\n");
            else if (c == '\r') line.Append("\\r");
            else if (char.IsControl(c) && c != '\t' || c is '\u2028' or '\u2029' || InvisibleCharacters.IsUnwantedAt(text, i)) line.Append($"U+{(int)c:X4}");
            else line.Append(c);
        }
        return line.ToString();
    }
}
