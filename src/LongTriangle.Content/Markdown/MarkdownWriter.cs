namespace LongTriangle.Content.Markdown;

/// <summary>
/// Writes a <see cref="ContentDocument"/> as the content format's Markdown file: front matter between two
/// <c>---</c> lines, a blank line, then the body (docs/content-format.md). <see cref="MarkdownReader"/> is its pair.
/// </summary>
public static class MarkdownWriter
{
    public static string Write(ContentDocument document) =>
        FrontMatterWriter.Write(document.Metadata) + "\n" + BodyWriter.Write(document.Clauses);
}
