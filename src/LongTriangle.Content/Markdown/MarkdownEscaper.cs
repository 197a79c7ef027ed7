using System.Text;

namespace LongTriangle.Content.Markdown;

/// <summary>
/// Makes seed text literal in CommonMark: every ASCII punctuation character gets a backslash (CommonMark
/// allows escaping exactly these), so no seed text can start a heading, list, link, emphasis, code span,
/// HTML tag, entity, table or attribute block. Line breaks and tabs become spaces (a paragraph is one
/// line), and leading or trailing spaces are dropped (CommonMark cannot escape a space, and four of them
/// would start a code block).
/// </summary>
public static class MarkdownEscaper
{
    public static string Escape(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ").Replace('\t', ' ').Trim(' ');
        var escaped = new StringBuilder(oneLine.Length + 16);
        foreach (var c in oneLine)
        {
            if (c == ' ' || char.IsAsciiLetterOrDigit(c) || c > '\u007f') escaped.Append(c);
            else if (c < ' ' || c == '\u007f') continue; // control characters carry no text
            else escaped.Append('\\').Append(c);
        }
        return escaped.ToString();
    }
}
