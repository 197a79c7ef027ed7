using System.Net;

namespace LongTriangle.Publishing.Checking;

/// <summary>
/// A start tag as <see cref="HtmlTokenizer.Scan"/> finds it, a view into the page's text: its name as written, its
/// line, and its attributes, read (and their values decoded) only when asked for, so that scanning a page of
/// megabytes makes no object for the tags and attributes the check does not look at.
/// </summary>
public readonly ref struct StartTag
{
    private readonly ReadOnlySpan<char> _attributes;

    internal StartTag(ReadOnlySpan<char> name, ReadOnlySpan<char> attributes, int line)
    {
        Name = name;
        _attributes = attributes;
        Line = line;
    }

    /// <summary>The name as written (compare it without regard to case).</summary>
    public ReadOnlySpan<char> Name { get; }

    public int Line { get; }

    /// <summary>The decoded value of the first attribute named <paramref name="name"/> (any case), or null.</summary>
    public string? Attribute(string name)
    {
        var reader = new AttributeReader(_attributes);
        while (reader.Next(out var attributeName, out var value))
            if (HtmlTokenizer.NameIs(attributeName, name)) return WebUtility.HtmlDecode(value.ToString());
        return null;
    }

    /// <summary>The tag as an object: its name lower-cased and every attribute, decoded.</summary>
    public HtmlTag ToTag()
    {
        var attributes = new List<KeyValuePair<string, string>>();
        var reader = new AttributeReader(_attributes);
        while (reader.Next(out var name, out var value))
            attributes.Add(new(name.ToString().ToLowerInvariant(), WebUtility.HtmlDecode(value.ToString())));
        return new HtmlTag(Name.ToString().ToLowerInvariant(), attributes, Line);
    }
}
