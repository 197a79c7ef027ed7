using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LongTriangle.Inputs;

/// <summary>
/// The parser's events for the narrow block YAML the project's writer emits (block mappings of plain or
/// double-quoted keys, indented by two, to double-quoted strings, integers, booleans, <c>[]</c>, mappings and
/// lists of values or of mappings, one entry a line, every YAML escape), found in a fraction of the time YamlDotNet's scanner takes over every character: a
/// converter's provenance file of thousands of repairs is mostly such lines. It decides nothing YAML's own
/// parser would decide otherwise: at the first line outside that shape (a comment, a blank line, a plain string,
/// a character YAML calls non-printable, a folded line...) it stops with
/// <see cref="OutsideShape"/>, and <see cref="BoundedYaml.Read{T}"/> reads the text again with YamlDotNet's
/// parser. Its events go through the same limits as YamlDotNet's.
/// </summary>
internal sealed class WrittenYamlParser(string text) : IParser
{
    private readonly IEnumerator<ParsingEvent> _events = Events(text).GetEnumerator();

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        if (!_events.MoveNext())
        {
            Current = null;
            return false;
        }
        Current = _events.Current;
        return true;
    }

    /// <summary>The text leaves the writer's shape: only YamlDotNet's parser can say what it means.</summary>
    public sealed class OutsideShape() : Exception("the YAML is not in the writer's block shape");

    private static IEnumerable<ParsingEvent> Events(string text)
    {
        if (text.Length == 0) throw new OutsideShape();
        var lines = new Lines(text);
        var start = lines.Mark(0);
        yield return new StreamStart(start, start);
        yield return new DocumentStart(null, null, isImplicit: true, start, start);
        lines.Next();
        foreach (var parsed in Mapping(lines, 0)) yield return parsed;
        // A line left over is one at an indentation no mapping or list above it has.
        if (lines.HasNext) throw new OutsideShape();
        var last = lines.Mark(lines.Current.Length);
        yield return new DocumentEnd(isImplicit: true, last, last);
        yield return new StreamEnd(last, last);
    }

    /// <summary>A block mapping whose keys start at <paramref name="indent"/>, its first key on the current line.</summary>
    private static IEnumerable<ParsingEvent> Mapping(Lines lines, int indent)
    {
        var start = lines.Mark(indent);
        yield return new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block, start, start);
        while (true)
        {
            foreach (var parsed in Entry(lines, indent)) yield return parsed;
            if (lines.NextIndent != indent || lines.NextIsItem(indent)) break;
            lines.Next();
        }
        var end = lines.Mark(lines.Current.Length);
        yield return new MappingEnd(end, end);
    }

    /// <summary>"key: value", or "key:" and the mapping (indented) or list (at the key's indentation or indented) on the lines after.</summary>
    private static IEnumerable<ParsingEvent> Entry(Lines lines, int indent)
    {
        var line = lines.Current;
        var (key, colon) = Key(lines, indent);
        yield return key;
        if (colon + 1 < line.Length)
        {
            if (line[colon + 1] != ' ') throw new OutsideShape();
            foreach (var parsed in Value(lines, colon + 2)) yield return parsed;
            yield break;
        }
        var next = lines.NextIndent;
        if (lines.NextIsItem(indent) || lines.NextIsItem(indent + 2))
        {
            lines.Next();
            foreach (var parsed in Sequence(lines, next)) yield return parsed;
        }
        else if (next == indent + 2)
        {
            lines.Next();
            foreach (var parsed in Mapping(lines, next)) yield return parsed;
        }
        else
            throw new OutsideShape();
    }

    /// <summary>A block list whose dashes stand at <paramref name="indent"/>, its first item on the current line.</summary>
    private static IEnumerable<ParsingEvent> Sequence(Lines lines, int indent)
    {
        var start = lines.Mark(indent);
        yield return new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block, start, start);
        while (true)
        {
            var item = indent + 2;
            var parsed = IsKey(lines.Current, item) ? Mapping(lines, item) : Value(lines, item);
            foreach (var one in parsed) yield return one;
            if (!lines.NextIsItem(indent)) break;
            lines.Next();
        }
        var end = lines.Mark(lines.Current.Length);
        yield return new SequenceEnd(end, end);
    }

    /// <summary>Whether the line holds a key at <paramref name="at"/> (a list item that is a mapping) rather than a value.</summary>
    private static bool IsKey(string line, int at)
    {
        if (at >= line.Length) throw new OutsideShape();
        if (line[at] != '"') return char.IsAsciiLetter(line[at]) || line[at] == '_';
        var end = QuotedEnd(line, at);
        return end < line.Length && line[end] == ':';
    }

    /// <summary>A key at <paramref name="at"/>, plain (ASCII letters, digits and underscores: one the writer names) or double-quoted, and the index of its colon.</summary>
    private static (Scalar Key, int Colon) Key(Lines lines, int at)
    {
        var line = lines.Current;
        if (at >= line.Length) throw new OutsideShape();
        if (line[at] == '"')
        {
            var end = QuotedEnd(line, at);
            if (end >= line.Length || line[end] != ':') throw new OutsideShape();
            var value = Quoted(line.AsSpan(at + 1, end - at - 2));
            return (new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.DoubleQuoted, false, true, lines.Mark(at), lines.Mark(end)), end);
        }
        var i = at;
        while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] == '_')) i++;
        if (i == at || char.IsAsciiDigit(line[at]) || i == line.Length || line[i] != ':') throw new OutsideShape();
        return (lines.Plain(at, i), i);
    }

    /// <summary>The index after the closing quote of the double-quoted string opening at <paramref name="at"/>.</summary>
    private static int QuotedEnd(string line, int at)
    {
        for (var i = at + 1; i < line.Length; i++)
        {
            if (line[i] == '\\') i++;
            else if (line[i] == '"') return i + 1;
        }
        throw new OutsideShape();
    }

    /// <summary>A value from <paramref name="at"/> to the end of the current line: a whole double-quoted string, an integer, a boolean or [].</summary>
    private static IEnumerable<ParsingEvent> Value(Lines lines, int at)
    {
        var line = lines.Current;
        var start = lines.Mark(at);
        var end = lines.Mark(line.Length);
        var rest = line.AsSpan(at);
        if (rest is "[]")
        {
            yield return new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow, start, start);
            yield return new SequenceEnd(end, end);
        }
        else if (rest.Length >= 2 && rest[0] == '"' && rest[^1] == '"')
            yield return new Scalar(AnchorName.Empty, TagName.Empty, Quoted(rest[1..^1]), ScalarStyle.DoubleQuoted, false, true, start, end);
        else if (rest is "true" or "false" || IsInteger(rest))
            yield return new Scalar(AnchorName.Empty, TagName.Empty, rest.ToString(), ScalarStyle.Plain, true, false, start, end);
        else
            throw new OutsideShape();
    }

    private static bool IsInteger(ReadOnlySpan<char> text)
    {
        var digits = text.StartsWith("-") ? text[1..] : text;
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>The string between the quotes, every character one YAML prints, every escape one of the few the writer uses.</summary>
    private static string Quoted(ReadOnlySpan<char> body)
    {
        CheckPrintable(body);
        var escape = body.IndexOfAny('\\', '"');
        if (escape < 0) return body.ToString();
        var value = new StringBuilder(body.Length);
        value.Append(body[..escape]);
        for (var i = escape; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '"') throw new OutsideShape();
            if (c != '\\')
            {
                value.Append(c);
                continue;
            }
            if (++i == body.Length) throw new OutsideShape();
            switch (body[i])
            {
                case 'x': value.Append(CodePoint(body, ref i, 2)); break;
                case 'u': value.Append(CodePoint(body, ref i, 4)); break;
                case 'U': value.Append(CodePoint(body, ref i, 8)); break;
                default:
                    value.Append(body[i] switch
                    {
                        '0' => '\0',
                        'a' => '\a',
                        'b' => '\b',
                        't' or '\t' => '\t',
                        'n' => '\n',
                        'v' => '\v',
                        'f' => '\f',
                        'r' => '\r',
                        'e' => '\u001B',
                        ' ' => ' ',
                        '"' => '"',
                        '/' => '/',
                        '\\' => '\\',
                        'N' => '\u0085',
                        '_' => '\u00A0',
                        'L' => '\u2028',
                        'P' => '\u2029',
                        _ => throw new OutsideShape(),
                    });
                    break;
            }
        }
        return value.ToString();
    }

    /// <summary>The character of an escape \x, \u or \U of <paramref name="digits"/> hexadecimal digits after <paramref name="at"/>.</summary>
    private static string CodePoint(ReadOnlySpan<char> body, ref int at, int digits)
    {
        if (at + digits >= body.Length
            || !int.TryParse(body.Slice(at + 1, digits), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code)
            || code is < 0 or >= 0xD800 and <= 0xDFFF or > 0x10FFFF)
            throw new OutsideShape();
        at += digits;
        return char.ConvertFromUtf32(code);
    }

    /// <summary>YAML's printable characters on one line (the writer writes a tab as it is), less NEL and the byte-order mark (where YamlDotNet's reading is not ours to repeat).</summary>
    private static void CheckPrintable(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or >= ' ' and <= '~' or >= '\u00A0' and <= '\uD7FF' or >= '\uE000' and <= '\uFFFD' && c != '\uFEFF') continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            throw new OutsideShape();
        }
    }

    /// <summary>The text's lines ("\n" ends them; a "\r" is outside the shape), with the line number of the current one.</summary>
    private sealed class Lines(string text)
    {
        private int _next;
        private int _start;
        private int _number;

        public string Current { get; private set; } = "";

        public bool Next()
        {
            if (_next >= text.Length) return false;
            var end = text.IndexOf('\n', _next);
            if (end < 0) end = text.Length;
            _start = _next;
            Current = text[_next..end];
            if (Current.Length == 0) throw new OutsideShape();
            _next = end + 1;
            _number++;
            return true;
        }

        public bool HasNext => _next < text.Length;

        /// <summary>The spaces that start the next line; -1 when there is none.</summary>
        public int NextIndent
        {
            get
            {
                if (!HasNext) return -1;
                var i = _next;
                while (i < text.Length && text[i] == ' ') i++;
                return i - _next;
            }
        }

        /// <summary>Whether the next line is a list item with its dash at <paramref name="indent"/>.</summary>
        public bool NextIsItem(int indent) =>
            NextIndent == indent && text.AsSpan(_next + indent).StartsWith("- ", StringComparison.Ordinal);

        public Mark Mark(int column) => new(_start + column, Math.Max(_number, 1), column + 1);

        public Scalar Plain(int from, int to)
        {
            var start = Mark(from);
            var end = Mark(to);
            return new Scalar(AnchorName.Empty, TagName.Empty, Current[from..to], ScalarStyle.Plain, true, false, start, end);
        }
    }
}
