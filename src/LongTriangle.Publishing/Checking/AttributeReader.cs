namespace LongTriangle.Publishing.Checking;

/// <summary>
/// Reads the attributes of a start tag from the text after its name, up to and including the tag's closing '&gt;':
/// values double-quoted, single-quoted or unquoted (a quoted value may hold '&gt;'), a name without '=' has the empty
/// value, an attribute without a name is skipped. <see cref="End"/> is where the tag ends, so the same reader both
/// finds the end of a tag and reads its attributes later.
/// </summary>
internal ref struct AttributeReader(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _position;
    private bool _closed;

    /// <summary>The position after the tag's '&gt;' (or the end of the text), once <see cref="Next"/> returned false.</summary>
    public readonly int End => _position;

    /// <summary>The next attribute, its name as written and its value not yet decoded.</summary>
    public bool Next(out ReadOnlySpan<char> name, out ReadOnlySpan<char> value)
    {
        var text = _text;
        var i = _position;
        while (!_closed && i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) break;
            if (text[i] == '>')
            {
                i++;
                _closed = true;
                break;
            }
            if (text[i] == '/') { i++; continue; }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('=' or '>' or '/')) i++;
            name = text[start..i];
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            value = [];
            if (i < text.Length && text[i] == '=')
            {
                i++;
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                if (i < text.Length && text[i] is '"' or '\'')
                {
                    var quote = text[i];
                    var end = text[(i + 1)..].IndexOf(quote);
                    end = end < 0 ? text.Length : i + 1 + end;
                    value = text[(i + 1)..end];
                    i = Math.Min(end + 1, text.Length);
                }
                else
                {
                    var valueStart = i;
                    while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '>') i++;
                    value = text[valueStart..i];
                }
            }
            if (name.Length > 0)
            {
                _position = i;
                return true;
            }
        }
        _position = i;
        name = value = [];
        return false;
    }
}
