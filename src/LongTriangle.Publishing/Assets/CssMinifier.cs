using System.Text;

namespace LongTriangle.Publishing.Assets;

/// <summary>
/// Removes comments and the whitespace CSS does not read, and nothing else: strings, <c>url(…)</c>, escapes
/// and custom properties' values are copied as written, and a space is only dropped next to punctuation that
/// ends a token on its own (<c>{ } ; , &gt; ~</c>, after <c>( :</c>, before <c>)</c>). A space before <c>:</c> or
/// <c>(</c> and around <c>+ - * /</c> is kept as one space, since it means something there (<c>a :hover</c>,
/// <c>and (…)</c>, <c>calc(1px + 2px)</c>). The same text always gives the same result.
/// </summary>
public sealed class CssMinifier
{
    private const string DropsSpaceAfter = "{};,>~(:";
    private const string DropsSpaceBefore = "{};,>~)";

    // A comment alone separates two tokens without being whitespace: it may only go where the tokens cannot merge.
    private const string DropsCommentAfter = "{};,:([";
    private const string DropsCommentBefore = "{};,:)]";

    // Stands for the last thing written when it was copied as written (a string, url(), an escape, a value).
    private const char Verbatim = 'a';

    private readonly string css;
    private readonly StringBuilder output;
    private int position;
    private char last = '\0';

    private CssMinifier(string css)
    {
        this.css = css;
        output = new StringBuilder(css.Length);
    }

    public static string Minify(string css) => new CssMinifier(css).Run();

    private enum Gap { None, Comment, Whitespace }

    private string Run()
    {
        var gap = Gap.None;
        while (position < css.Length)
        {
            var c = css[position];
            if (IsWhitespace(c))
            {
                gap = Gap.Whitespace;
                position++;
                continue;
            }
            if (c == '/' && Next == '*')
            {
                var end = css.IndexOf("*/", position + 2, StringComparison.Ordinal);
                position = end < 0 ? css.Length : end + 2; // an unclosed comment runs to the end of the file
                if (gap == Gap.None) gap = Gap.Comment;
                continue;
            }
            WriteGap(gap, c);
            gap = Gap.None;

            if (c is '"' or '\'') CopyVerbatim(EndOfString(position));
            else if (c == '\\') CopyVerbatim(Math.Min(position + 2, css.Length));
            else if (IsUrl()) CopyVerbatim(EndOfUrl());
            else if (c == '-' && Next == '-' && last is ('\0' or '{' or ';') && IsCustomPropertyName()) CopyVerbatim(EndOfValue());
            else
            {
                if (c == '}' && last == ';') output.Length--; // the last declaration needs no semicolon
                output.Append(c);
                last = c;
                position++;
            }
        }
        return output.ToString();
    }

    private char Next => position + 1 < css.Length ? css[position + 1] : '\0';

    private void WriteGap(Gap gap, char next)
    {
        if (gap == Gap.None || last == '\0') return;
        if (gap == Gap.Whitespace)
        {
            if (!DropsSpaceAfter.Contains(last) && !DropsSpaceBefore.Contains(next)) output.Append(' ');
        }
        else if (!DropsCommentAfter.Contains(last) && !DropsCommentBefore.Contains(next))
        {
            output.Append("/**/");
        }
    }

    private void CopyVerbatim(int end)
    {
        output.Append(css, position, end - position);
        position = end;
        last = Verbatim;
    }

    /// <summary>Just after the string's closing quote (or at the line break or end that leaves it unclosed).</summary>
    private int EndOfString(int start)
    {
        var quote = css[start];
        var i = start + 1;
        while (i < css.Length)
        {
            var c = css[i];
            if (c == '\\') i += 2;
            else if (c == quote) return i + 1;
            else if (c is '\n' or '\r' or '\f') return i;
            else i++;
        }
        return css.Length;
    }

    /// <summary><c>url(</c> as a whole name (not the end of a longer one such as <c>my-url(</c>).</summary>
    private bool IsUrl() =>
        string.Compare(css, position, "url(", 0, 4, StringComparison.OrdinalIgnoreCase) == 0
        && (position == 0 || !IsNameCharacter(css[position - 1]));

    private int EndOfUrl()
    {
        var i = position + 4;
        while (i < css.Length)
        {
            var c = css[i];
            if (c == '\\') i += 2;
            else if (c is '"' or '\'') i = EndOfString(i);
            else if (c == ')') return i + 1;
            else i++;
        }
        return css.Length;
    }

    /// <summary>A declaration of a custom property (<c>--name:</c>) starts here.</summary>
    private bool IsCustomPropertyName()
    {
        var i = position + 2;
        while (i < css.Length && IsNameCharacter(css[i])) i++;
        while (i < css.Length && IsWhitespace(css[i])) i++;
        return i < css.Length && css[i] == ':';
    }

    /// <summary>The <c>;</c> or <c>}</c> that ends the declaration, outside brackets, strings and comments.</summary>
    private int EndOfValue()
    {
        var depth = 0;
        var i = position;
        while (i < css.Length)
        {
            var c = css[i];
            if (c == '\\') i += 2;
            else if (c is '"' or '\'') i = EndOfString(i);
            else if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? css.Length : end + 2;
            }
            else if (c is '(' or '[' or '{') { depth++; i++; }
            else if (c is ')' or ']') { depth--; i++; }
            else if (c == '}') { if (depth == 0) return i; depth--; i++; }
            else if (c == ';' && depth == 0) return i;
            else i++;
        }
        return css.Length;
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || c >= 0x80;
}
