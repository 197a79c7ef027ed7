using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace LongTriangle.Publishing.Search;

/// <summary>
/// The digest of what Pagefind (1.5, <c>pagefind/src/fossick/parser.rs</c>, a streaming reader over lol_html) reads of a
/// page, so that a search index part is keyed on that rather than on its pages' bytes: a change Pagefind ignores (a
/// concordance note beside a clause, the document's metadata, both marked <c>data-pagefind-ignore</c>; the header, outline
/// and footer around the indexed element) leaves the digest as it was. It keeps, as the page's own bytes (nothing is
/// collapsed or decoded: white space and entities count as written):
/// <list type="bullet">
/// <item>every element marked <c>data-pagefind-body</c>, whole, except the inside of each element in it marked
/// <c>data-pagefind-ignore</c> (its start and end tags are kept) — unless that element is inline inside an anchor (an
/// element with an id, or an inline element inside one: Pagefind gives the anchor the text of its inline elements,
/// ignored ones included), or is itself read when ignored (an h1, a meta, filter or sort element…): those are kept whole;</item>
/// <item>outside those (around the body, and inside an ignored element), whatever Pagefind still reads there: the whole
/// of every element with another <c>data-pagefind-*</c> attribute (meta, filter, sort, default meta, weight, index
/// attributes: an element's text can be a meta value, and they apply on or inside an ignored element and outside the
/// body), of every <c>h1</c> (the default title) and <c>title</c> (its fallback); the start tag of <c>html</c> (the
/// language), of every <c>img</c> (the default image), of every element with an <c>id</c> (Pagefind numbers anchors
/// across the page), of every <c>script</c> and <c>link</c>; and, once a body is closed, the text directly inside each
/// element holding it, the start tags directly inside those (a <c>br</c> adds a space) and their end tags (the kind of
/// element decides the space, full stop and weight put around the body's text): Pagefind appends these to the body's.</item>
/// </list>
/// Why a second reader is safe: it is one-sided. Anything it is unsure of makes it give no projection, and the caller
/// keys the page on all its bytes, so a mistake can only cost indexing again, never a stale index, as long as what it
/// does project is split into elements exactly as lol_html splits it. It therefore follows only markup whose split is
/// certain: every end tag closes the element open (no implied or misnested ends: a block in a <c>p</c>, a list item in a
/// list item, a table in any shape but its written one, a self-closed element that is not void), raw text only in
/// <c>script</c> (without "&lt;!--", whose escaped states it does not follow), <c>style</c>, <c>textarea</c> and
/// <c>title</c>, comments only in their plain form ("&lt;!--" … "--&gt;", not "&lt;!--&gt;" or "--!&gt;"), tag names
/// in ASCII, no foreign content (svg, math), no <c>template</c>, <c>noscript</c>, <c>iframe</c> and the like, and at
/// least one body (a page without one is read whole by Pagefind). Tests compare it with the real Pagefind
/// (<c>CachedIndexerTests</c>): a change it ignores re-indexes nothing and gives the bundle a build without the cache gives.
/// </summary>
public static class PagefindProjection
{
    /// <summary>The digest's version, part of every digest: a change to what is kept changes every digest.</summary>
    private const string Version = "pagefind-projection-2";

    /// <summary>Elements without content (lol_html's list, which Pagefind's parser relies on to know an element has no end
    /// tag): text after one is its parent's.</summary>
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link",
        "meta", "param", "source", "track", "wbr",
    };

    /// <summary>Pagefind's inline elements (its parser's INLINE_SELECTORS): one inside an element that is an anchor (has
    /// an id) carries that anchor on, and all text inside it, ignored or not, becomes the anchor's text in the index.</summary>
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "acronym", "b", "bdo", "big", "br", "button", "cite", "code", "dfn", "em", "i", "img", "input", "kbd",
        "label", "map", "object", "output", "q", "samp", "script", "select", "small", "span", "strong", "sub", "sup",
        "textarea", "time", "tt", "var",
    };

    /// <summary>Start tags that end an open <c>p</c> in an HTML parser: met inside one, the element would not be where its
    /// end tag says.</summary>
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
        "dd", "dt", "main", "menu", "nav", "ol", "p", "pre", "listing", "plaintext", "search", "section", "summary",
        "table", "ul", "xmp",
    };

    /// <summary>Elements whose content a parser reads as text up to their end tag.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal) { "script", "style", "textarea", "title" };

    /// <summary>Elements parsed in ways this reader does not follow (text up to the end of the page, text in other modes):
    /// a page holding one is keyed on all its bytes.</summary>
    private static readonly HashSet<string> Unfollowed = new(StringComparer.Ordinal)
    {
        "plaintext", "xmp", "iframe", "noembed", "noframes", "noscript", "frameset", "select", "option", "optgroup",
        "math", "svg", "template", "image",
    };

    /// <summary>The elements of a table's frame and what each may hold: a parser moves anything else (and any text but
    /// white space) out of the table, or implies elements; a table in exactly this shape is read as written.</summary>
    private static readonly Dictionary<string, string[]> TableFrame = new(StringComparer.Ordinal)
    {
        ["table"] = ["caption", "colgroup", "thead", "tbody", "tfoot"],
        ["thead"] = ["tr"], ["tbody"] = ["tr"], ["tfoot"] = ["tr"],
        ["tr"] = ["td", "th"],
        ["colgroup"] = ["col"],
    };

    /// <summary>Each element of a table's frame, with the one it must be directly inside.</summary>
    private static readonly Dictionary<string, string[]> TableParents = new(StringComparer.Ordinal)
    {
        ["caption"] = ["table"], ["colgroup"] = ["table"], ["thead"] = ["table"], ["tbody"] = ["table"], ["tfoot"] = ["table"],
        ["tr"] = ["thead", "tbody", "tfoot"], ["td"] = ["tr"], ["th"] = ["tr"], ["col"] = ["colgroup"],
    };

    private enum Mode
    {
        /// <summary>Outside the body, or inside an ignored element: only what Pagefind still reads there is kept.</summary>
        Sparse,
        /// <summary>Inside a body: kept, except the inside of an ignored element.</summary>
        Body,
        /// <summary>Inside an element kept whole (a meta, filter or sort element, a heading Pagefind may take as the title).</summary>
        Whole,
    }

    private sealed class Open(string name, Mode before, bool carriesAnchor)
    {
        public string Name { get; } = name;
        public Mode Before { get; } = before;
        /// <summary>In a body, an anchor's element or an inline element inside one: Pagefind adds the text inside it to
        /// the anchor's text.</summary>
        public bool CarriesAnchor { get; } = carriesAnchor;
        /// <summary>A body was closed inside it: Pagefind appends its own text after that to the body's.</summary>
        public bool HoldsBody { get; set; }
    }

    /// <summary>The SHA-256 of what Pagefind reads of the page written as <paramref name="html"/> (UTF-8), or null when the
    /// markup is not certain to be read as this reader reads it.</summary>
    public static byte[]? Digest(ReadOnlySpan<byte> html)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.ASCII.GetBytes(Version));
        var stack = new List<Open>();
        var mode = Mode.Sparse;
        var run = -1;   // where the kept run started (Body and Whole), -1 in Sparse
        var paragraphs = 0;
        var position = 0;
        var bodies = 0;

        void Keep(ReadOnlySpan<byte> piece, byte kind)
        {
            Span<byte> prefix = stackalloc byte[9];
            prefix[0] = kind;
            BinaryPrimitives.WriteInt64LittleEndian(prefix[1..], piece.Length);
            hash.AppendData(prefix);
            hash.AppendData(piece);
        }

        while (position < html.Length)
        {
            var lt = html[position..].IndexOf((byte)'<');
            var textEnd = lt < 0 ? html.Length : position + lt;
            if (textEnd > position)
            {
                if (stack.Count > 0 && TableFrame.ContainsKey(stack[^1].Name) && html[position..textEnd].ContainsAnyExcept(" \t\n\r\f"u8))
                    return null;   // text a parser moves out of the table
                if (mode == Mode.Sparse && stack.Count > 0 && stack[^1].HoldsBody) Keep(html[position..textEnd], (byte)'t');
                position = textEnd;
                if (position >= html.Length) break;
            }
            var rest = html[position..];
            if (rest.Length < 2) return null;
            var next = rest[1];
            if (next == (byte)'!')
            {
                // A comment or the doctype; nothing else (CDATA, bogus comments) is followed.
                int end;
                if (rest.StartsWith("<!--"u8))
                {
                    // "<!-->" and "<!--->" are whole (empty) comments, and "--!>" ends one too: not followed.
                    if (rest[4..].StartsWith(">"u8) || rest[4..].StartsWith("->"u8)) return null;
                    var close = rest[4..].IndexOf("-->"u8);
                    if (close < 0 || rest[4..(4 + close + 3)].IndexOf("--!>"u8) >= 0) return null;
                    end = 4 + close + 3;
                }
                else if (rest.Length > 9 && Ascii.EqualsIgnoreCase(rest[2..9], "doctype"u8))
                {
                    var close = rest.IndexOf((byte)'>');
                    if (close < 0) return null;
                    end = close + 1;
                }
                else return null;
                position += end;
                continue;
            }
            var isEnd = next == (byte)'/';
            var nameStart = isEnd ? 2 : 1;
            if (rest.Length <= nameStart || !IsAsciiLetter(rest[nameStart]))
            {
                // '<' not starting a tag is text to a parser; "</" or "<?" not followed by a name is not followed here.
                if (isEnd || next == (byte)'?') return null;
                if (mode == Mode.Sparse && stack.Count > 0 && stack[^1].HoldsBody) Keep(html.Slice(position, 1), (byte)'t');
                position++;
                continue;
            }
            if (ReadTag(rest, nameStart) is not { } tag) return null;
            var tagBytes = rest[..tag.Length];
            var tagStart = position;
            position += tag.Length;

            if (isEnd)
            {
                if (stack.Count == 0 || stack[^1].Name != tag.Name) return null;
                var closed = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                if (closed.Name == "p") paragraphs--;
                if (closed.Before != mode)
                {
                    // The element that switched the mode ends here: what it started ends with it.
                    if (mode is Mode.Body or Mode.Whole && closed.Before == Mode.Sparse)
                    {
                        Keep(html[run..position], (byte)'v');
                        run = -1;
                        if (mode == Mode.Body)
                        {
                            bodies++;
                            foreach (var open in stack) open.HoldsBody = true;
                        }
                    }
                    else if (mode == Mode.Sparse && closed.Before is Mode.Body or Mode.Whole)
                    {
                        run = tagStart;   // the ignored element's end tag, and what follows it in the body
                    }
                    mode = closed.Before;
                }
                else if (mode == Mode.Sparse && (tag.KeepsStartTag || closed.HoldsBody))
                {
                    // An element holding a body: the kind of element decides the space, full stop and heading weight
                    // Pagefind puts around the body's text when it ends.
                    Keep(tagBytes, (byte)'e');
                }
                continue;
            }

            if (Unfollowed.Contains(tag.Name)) return null;
            if (paragraphs > 0 && ClosesParagraph.Contains(tag.Name)) return null;
            if (!Nests(stack, tag.Name)) return null;
            if (stack.Count > 0 && TableFrame.TryGetValue(stack[^1].Name, out var children) && !children.Contains(tag.Name)) return null;
            if (TableParents.TryGetValue(tag.Name, out var parents) && (stack.Count == 0 || !parents.Contains(stack[^1].Name))) return null;
            var isVoid = VoidElements.Contains(tag.Name);
            if (tag.SelfClosing && !isVoid) return null;

            var before = mode;
            var parent = stack.Count > 0 ? stack[^1] : null;
            var carriesAnchor = mode == Mode.Body && (tag.HasId && !tag.IsIgnored || parent is { CarriesAnchor: true } && Inline.Contains(tag.Name));
            if (tag.IsBody && mode != Mode.Whole)
            {
                if (mode == Mode.Sparse) run = tagStart;
                mode = Mode.Body;
            }
            else if (mode == Mode.Body && tag.IsIgnored && !carriesAnchor && !tag.IsReadWhenIgnored)
            {
                Keep(html[run..position], (byte)'v');
                run = -1;
                mode = Mode.Sparse;
            }
            else if (mode == Mode.Sparse && tag.IsReadWhenIgnored)
            {
                run = tagStart;
                mode = Mode.Whole;
            }
            else if (mode == Mode.Sparse && (tag.KeepsStartTag || parent is { HoldsBody: true }))
            {
                // Directly inside an element holding a body, a start tag is read: a <br> adds a space to the body's
                // text, and the kind of element decides whether its content joins it.
                Keep(tagBytes, (byte)'s');
            }

            if (isVoid)
            {
                // No end tag: a mode it switched to ends with it.
                if (mode != before)
                {
                    if (before == Mode.Sparse)
                    {
                        Keep(html[run..position], (byte)'v');
                        run = -1;
                    }
                    else run = position;
                    if (mode == Mode.Body && before == Mode.Sparse) return null;   // an empty void body: not followed
                    mode = before;
                }
                continue;
            }
            stack.Add(new Open(tag.Name, before, carriesAnchor));
            if (tag.Name == "p") paragraphs++;
            if (RawText.Contains(tag.Name))
            {
                // Text up to the element's end tag, which the loop then reads as any end tag; in a script, "<!--" starts
                // states in which "</script>" may not end it: not followed.
                var close = IndexOfEndTag(html[position..], tag.Name);
                if (close < 0) return null;
                if (tag.Name == "script" && html.Slice(position, close).IndexOf("<!--"u8) >= 0) return null;
                position += close;
            }
        }
        if (stack.Count > 0 || mode != Mode.Sparse || bodies == 0) return null;
        return hash.GetHashAndReset();
    }

    /// <summary>Where a list item, definition term or heading starts while one is open, or a link inside a link, a parser
    /// ends the open one; such markup is not followed.</summary>
    private static bool Nests(List<Open> stack, string name)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            var open = stack[i].Name;
            switch (name)
            {
                case "li":
                    if (open == "li") return false;
                    if (open is "ul" or "ol" or "menu") return true;
                    break;
                case "dd" or "dt":
                    if (open is "dd" or "dt") return false;
                    if (open == "dl") return true;
                    break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    if (open.Length == 2 && open[0] == 'h' && open[1] is >= '1' and <= '6') return false;
                    break;
                case "a" or "button" or "form" or "nobr":
                    if (open == name) return false;
                    break;
                default:
                    return true;
            }
        }
        return true;
    }

    private readonly record struct Tag(string Name, int Length, bool SelfClosing, bool IsBody, bool IsIgnored, bool HasOtherPagefindAttribute, bool HasId)
    {
        /// <summary>Start tags Pagefind reads outside the indexed text: the language, the default image, anchors (numbered
        /// across the page), and the references it warns about.</summary>
        public bool KeepsStartTag => HasId || Name is "html" or "img" or "script" or "link";

        /// <summary>Elements whose text Pagefind reads even where it indexes none (outside the body, or ignored, the
        /// element itself included): a meta, filter or sort element's text is its value, an h1's text the default title,
        /// the title's its fallback, and the other attributes (weight, index attributes) apply to what they hold.</summary>
        public bool IsReadWhenIgnored => HasOtherPagefindAttribute || Name is "h1" or "title";
    }

    /// <summary>Reads the tag at the start of <paramref name="text"/> (its name from <paramref name="nameStart"/>) as an
    /// HTML tokenizer does; null when it does not end.</summary>
    private static Tag? ReadTag(ReadOnlySpan<byte> text, int nameStart)
    {
        var i = nameStart;
        while (i < text.Length && !IsSpace(text[i]) && text[i] is not (byte)'/' and not (byte)'>') i++;
        if (i >= text.Length) return null;
        // A name with bytes outside ASCII (or a NUL, which a tokenizer replaces) is not compared here as a tokenizer compares it.
        if (text[nameStart..i].IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0 || text[nameStart..i].IndexOf((byte)0) >= 0) return null;
        var name = AsciiLower(text[nameStart..i]);
        bool selfClosing = false, body = false, ignored = false, other = false, id = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            while (i < text.Length && (IsSpace(text[i]) || text[i] == (byte)'/'))
            {
                selfClosing = text[i] == (byte)'/' && i + 1 < text.Length && text[i + 1] == (byte)'>';
                i++;
            }
            if (i >= text.Length) return null;
            if (text[i] == (byte)'>') return new Tag(name, i + 1, selfClosing, body, ignored, other, id);
            selfClosing = false;
            var attributeStart = i;
            i++;   // an attribute name's first character may be '='
            while (i < text.Length && !IsSpace(text[i]) && text[i] is not (byte)'/' and not (byte)'>' and not (byte)'=') i++;
            if (i >= text.Length) return null;
            var attribute = AsciiLower(text[attributeStart..i]);
            while (i < text.Length && IsSpace(text[i])) i++;
            if (i < text.Length && text[i] == (byte)'=')
            {
                i++;
                while (i < text.Length && IsSpace(text[i])) i++;
                if (i >= text.Length) return null;
                if (text[i] is (byte)'"' or (byte)'\'')
                {
                    var quote = text[i];
                    var close = text[(i + 1)..].IndexOf(quote);
                    if (close < 0) return null;
                    i += close + 2;
                }
                else
                {
                    while (i < text.Length && !IsSpace(text[i]) && text[i] != (byte)'>') i++;
                }
            }
            // A repeated attribute is dropped by a parser: the first counts.
            if (!seen.Add(attribute)) continue;
            if (attribute == "data-pagefind-body") body = true;
            else if (attribute == "data-pagefind-ignore") ignored = true;
            else if (attribute.StartsWith("data-pagefind-", StringComparison.Ordinal)) other = true;
            else if (attribute == "id") id = true;
        }
    }

    /// <summary>Where the end tag of a raw-text element starts (<c>&lt;/name</c> followed by a space, '/' or '>'), or -1.</summary>
    private static int IndexOfEndTag(ReadOnlySpan<byte> text, string name)
    {
        var from = 0;
        while (true)
        {
            var lt = text[from..].IndexOf("</"u8);
            if (lt < 0) return -1;
            var at = from + lt;
            var after = at + 2 + name.Length;
            if (after < text.Length && Ascii.EqualsIgnoreCase(text.Slice(at + 2, name.Length), Encoding.ASCII.GetBytes(name))
                && (IsSpace(text[after]) || text[after] is (byte)'/' or (byte)'>'))
                return at;
            from = at + 2;
        }
    }

    /// <summary>The name with ASCII letters in lower case and nothing else changed, as an HTML tokenizer lowers names
    /// (<see cref="string.ToLowerInvariant"/> would also fold letters outside ASCII, some onto ASCII ones).</summary>
    private static string AsciiLower(ReadOnlySpan<byte> name)
    {
        var text = Encoding.UTF8.GetString(name);
        return string.Create(text.Length, text, (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++) chars[i] = source[i] is >= 'A' and <= 'Z' ? (char)(source[i] + 32) : source[i];
        });
    }

    private static bool IsAsciiLetter(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';
}
