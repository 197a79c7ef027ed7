using LongTriangle.Content.Markdown;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// Reads <c>content/zh/&lt;region&gt;/&lt;slug&gt;.md</c> with the content format's reader (<see cref="MarkdownReader"/>,
/// the pair of the converter's writer) and joins its provenance; every problem is a content problem.
/// </summary>
internal static class PolicyDocumentReader
{
    public static PolicyDocument Read(string text, string file, Provenance? provenance)
    {
        var document = ContentFiles.AsContentProblem(() => MarkdownReader.Read(text, file));
        return new PolicyDocument(document.Metadata, document.Clauses, provenance, file);
    }
}
