using System.Globalization;
using System.Text;

namespace LongTriangle.Publishing.Assets;

/// <summary>
/// Removes from a script only what cannot change its meaning: comments, indentation, trailing spaces and blank
/// lines; a run of spaces becomes one. Every line break between tokens stays (automatic semicolon insertion reads
/// them), a comment holding a line break becomes one, and strings, template literals and regular expression
/// literals are copied as written. Telling a regular expression from a division follows the token before the
/// slash; where that token leaves it open (after <c>}</c>, <c>yield</c>, <c>await</c>, <c>of</c>), or where the
/// script cannot be read to its end (an unclosed string, template, comment or bracket), the script is left as it
/// is: <see cref="Minify"/> returns null rather than guess.
/// </summary>
public sealed class JavaScriptMinifier
{
    // A slash after these words starts a regular expression; after any other word or a name it divides.
    private static readonly HashSet<string> WordsBeforeExpression =
        ["return", "typeof", "instanceof", "in", "new", "delete", "void", "throw", "case", "do", "else"];

    // Words that are a keyword in one script and a variable in another: a slash after them is not decided.
    private static readonly HashSet<string> ContextualWords = ["yield", "await", "of"];

    // A parenthesis after these words holds a condition; a slash after its ")" starts a regular expression.
    private static readonly HashSet<string> WordsBeforeCondition = ["if", "while", "for", "with"];

    private enum Slash { Regex, Division, Undecided }

    private readonly string script;
    private readonly StringBuilder output;
    private readonly Stack<bool> parenthesesAfterCondition = new();
    private readonly Stack<bool> bracesOfTemplate = new();
    private int position;
    private string? lastWordBefore; // the word just before the current token, so that "(" can look at it
    private Slash slash = Slash.Regex;
    private bool afterDot;
    private bool spaceBefore;
    private bool lineBreakBefore;

    private JavaScriptMinifier(string script)
    {
        this.script = script;
        output = new StringBuilder(script.Length);
    }

    /// <summary>The script without comments and indentation, or null when it cannot be read with certainty.</summary>
    public static string? Minify(string script) => new JavaScriptMinifier(script).Run();

    private string? Run()
    {
        while (position < script.Length)
        {
            var c = script[position];
            if (IsLineTerminator(c))
            {
                lineBreakBefore = true;
                position++;
            }
            else if (IsSpace(c))
            {
                spaceBefore = true;
                position++;
            }
            else if (c == '/' && Next == '/')
            {
                while (position < script.Length && !IsLineTerminator(script[position])) position++;
            }
            else if (c == '/' && Next == '*')
            {
                var end = script.IndexOf("*/", position + 2, StringComparison.Ordinal);
                if (end < 0) return null;
                if (script.AsSpan(position, end - position).IndexOfAny("\n\r\u2028\u2029") >= 0) lineBreakBefore = true;
                else spaceBefore = true;
                position = end + 2;
            }
            else if (!Token(c))
            {
                return null;
            }
        }
        return parenthesesAfterCondition.Count == 0 && bracesOfTemplate.Count == 0 ? output.ToString() : null;
    }

    private char Next => At(position + 1);

    private char At(int index) => index < script.Length ? script[index] : '\0';

    /// <summary>Writes the token starting at the current position; false when the script cannot be read on.</summary>
    private bool Token(char c)
    {
        WriteGap();
        var wasAfterDot = afterDot;
        afterDot = false;

        if (c is '"' or '\'') return CopyString();
        if (c == '`') return CopyTemplate(position + 1);
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Next))) return CopyNumber();
        if (IsIdentifierPart(c)) return CopyWord(wasAfterDot);
        if (c == '/')
        {
            if (slash == Slash.Regex) return CopyRegex();
            if (slash == Slash.Undecided) return false;
            Write(1, Slash.Regex);
            return true;
        }
        switch (c)
        {
            case '(':
                parenthesesAfterCondition.Push(slash == Slash.Division && lastWordBefore is { } word && WordsBeforeCondition.Contains(word));
                Write(1, Slash.Regex);
                return true;
            case ')':
                if (parenthesesAfterCondition.Count == 0) return false;
                Write(1, parenthesesAfterCondition.Pop() ? Slash.Regex : Slash.Division);
                return true;
            case ']':
                Write(1, Slash.Division);
                return true;
            case '{':
                bracesOfTemplate.Push(false);
                Write(1, Slash.Regex);
                return true;
            case '}':
                if (bracesOfTemplate.Count == 0) return false;
                if (bracesOfTemplate.Pop()) return CopyTemplate(position);
                Write(1, Slash.Undecided); // the end of a block, or of an object literal
                return true;
            case '+' or '-' when Next == c:
                Write(2, Slash.Division); // a ++ or -- after an operand; before one, a slash cannot follow
                return true;
            case '.':
                Write(1, Slash.Regex);
                afterDot = true;
                return true;
            default:
                Write(1, Slash.Regex);
                return true;
        }
    }

    private void Write(int length, Slash next)
    {
        output.Append(script, position, length);
        position += length;
        slash = next;
        lastWordBefore = null;
    }

    private void WriteGap()
    {
        if (lineBreakBefore && output.Length > 0) output.Append('\n');
        else if (spaceBefore && output.Length > 0) output.Append(' ');
        lineBreakBefore = spaceBefore = false;
    }

    private bool CopyString()
    {
        var quote = script[position];
        var i = position + 1;
        while (i < script.Length)
        {
            var c = script[i];
            if (c == '\\')
                i += At(i + 1) == '\r' && At(i + 2) == '\n' ? 3 : 2; // an escape, or a line continuation
            else if (c == quote)
                return Copy(i + 1, Slash.Division);
            else if (c is '\n' or '\r')
                return false;
            else
                i++;
        }
        return false;
    }

    /// <summary>Copies template characters from <paramref name="from"/> to the closing backquote or the next <c>${</c>.</summary>
    private bool CopyTemplate(int from)
    {
        var i = from;
        while (i < script.Length)
        {
            var c = script[i];
            if (c == '\\')
            {
                i += 2;
            }
            else if (c == '`')
            {
                return Copy(i + 1, Slash.Division);
            }
            else if (c == '$' && At(i + 1) == '{')
            {
                bracesOfTemplate.Push(true);
                return Copy(i + 2, Slash.Regex);
            }
            else
            {
                i++;
            }
        }
        return false;
    }

    private bool CopyRegex()
    {
        var i = position + 1;
        var inClass = false;
        while (i < script.Length)
        {
            var c = script[i];
            if (IsLineTerminator(c)) return false;
            if (c == '\\')
            {
                if (i + 1 >= script.Length || IsLineTerminator(script[i + 1])) return false;
                i += 2;
                continue;
            }
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c == '/' && !inClass)
            {
                i++;
                while (i < script.Length && IsIdentifierPart(script[i])) i++; // flags
                return Copy(i, Slash.Division);
            }
            i++;
        }
        return false;
    }

    private bool CopyNumber()
    {
        var i = position;
        var isHex = script[i] == '0' && At(i + 1) is 'x' or 'X';
        while (i < script.Length)
        {
            var c = script[i];
            var exponentSign = c is '+' or '-' && !isHex && i > position && script[i - 1] is 'e' or 'E';
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' || exponentSign)) break;
            i++;
        }
        return Copy(i, Slash.Division);
    }

    private bool CopyWord(bool isPropertyName)
    {
        var i = position;
        while (i < script.Length && IsIdentifierPart(script[i])) i++;
        var word = script[position..i];
        var next = isPropertyName ? Slash.Division
            : WordsBeforeExpression.Contains(word) ? Slash.Regex
            : ContextualWords.Contains(word) ? Slash.Undecided
            : Slash.Division;
        Copy(i, next);
        lastWordBefore = isPropertyName ? null : word;
        return true;
    }

    private bool Copy(int end, Slash next)
    {
        Write(end - position, next);
        return true;
    }

    private static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    private static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\v' or '\f' or '\u00A0' or '\uFEFF' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;

    private static bool IsIdentifierPart(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '$' or '\\' or '#' or '\u200C' or '\u200D'
        || (c >= 0x80 && (char.IsLetterOrDigit(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c)
            is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.LetterNumber));
}
