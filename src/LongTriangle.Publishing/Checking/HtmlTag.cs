namespace LongTriangle.Publishing.Checking;

/// <summary>A start tag found in HTML: its lower-case name, its attributes (values decoded) and its line.</summary>
public sealed record HtmlTag(string Name, IReadOnlyList<KeyValuePair<string, string>> Attributes, int Line)
{
    public string? Attribute(string name) =>
        Attributes.FirstOrDefault(a => string.Equals(a.Key, name, StringComparison.OrdinalIgnoreCase)) is { Key: not null } found ? found.Value : null;
}
