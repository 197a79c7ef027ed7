namespace LongTriangle.Conversion.Model;

/// <summary>
/// A heading of the body. <paramref name="Level"/> is the Markdown level (2 for the document's top level
/// of numbering; the title is in front matter). A heading the numbering shows was lost in the source has
/// <paramref name="Missing"/> set and only its number as text: words are never invented.
/// </summary>
public sealed record Heading(ClauseId Id, int Line, string Text, int Level, bool Missing) : DocumentBlock(Id, Line, Text)
{
    public override DocumentBlock WithText(string text) => this with { Text = text };
}
