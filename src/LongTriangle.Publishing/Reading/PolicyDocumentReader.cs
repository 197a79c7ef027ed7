using LongTriangle.Content.Markdown;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// Reads <c>content/zh/&lt;region&gt;/&lt;slug&gt;.md</c> with the content format's reader (<see cref="MarkdownReader"/>,
/// the pair of the converter's writer) and joins its provenance; every problem is a content problem.
/// </summary>
internal static class PolicyDocumentReader
{
    /// <summary>The kind of file, in problems.</summary>
    public const string What = "document";

    public static PolicyDocument Read(string text, string file, Provenance? provenance) => Join(Parse(text, file), file, provenance);

    /// <summary>The document's Markdown as read, before its provenance is joined: what depends on the file alone.</summary>
    public static ContentDocument Parse(string text, string file) => ContentFiles.AsContentProblem(() => MarkdownReader.Read(text, file));

    public static PolicyDocument Join(ContentDocument document, string file, Provenance? provenance) =>
        new(document.Metadata, document.Clauses, provenance, file);
}
