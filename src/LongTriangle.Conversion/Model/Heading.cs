namespace LongTriangle.Conversion.Model;

/// <summary>
/// A heading of the body. <paramref name="Level"/> is the Markdown level (2 for the document's top level
/// of numbering; the title is in front matter). A heading the numbering shows was lost in the source has
/// <paramref name="Missing"/> set and only its number as text: words are never invented.
/// </summary>
public sealed record Heading(ClauseId Id, int Line, string Text, int Level, bool Missing) : DocumentBlock(Id, Line, Text)
{
    /// <summary>
    /// The address of the official text an editor restored this lost heading from (a sidecar's
    /// <c>restored_headings</c>); null for a heading the source prints. <see cref="DocumentBlock.Line"/> is then
    /// the seed line where the heading's content begins.
    /// </summary>
    public string? RestoredFrom { get; init; }

    public override DocumentBlock WithText(string text) => this with { Text = text };
}
