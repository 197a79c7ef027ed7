using LongTriangle.Content.Markdown;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Markdown;

/// <summary>The files of one converted document: the Markdown (front matter + body) and its provenance.</summary>
public sealed record ConvertedFiles(string MarkdownPath, string Markdown, string ProvenancePath, string Provenance);

/// <summary>
/// Renders a <see cref="ConvertedDocument"/> as its two files, relative to content/zh/: the Markdown through the
/// content library's writer (whose reader the site uses), the provenance through <see cref="ProvenanceWriter"/>.
/// </summary>
public static class MarkdownStage
{
    public static ConvertedFiles Write(ConvertedDocument document) =>
        new(
            document.RelativeMarkdownPath,
            MarkdownWriter.Write(Content(document)),
            document.RelativeProvenancePath,
            ProvenanceWriter.Write(document));

    /// <summary>What the Markdown file holds: the metadata with the repairs counted by kind, and the body's blocks.</summary>
    public static ContentDocument Content(ConvertedDocument document) =>
        new(document.Metadata with { Repairs = RepairCount.Of(document.Repairs.Select(r => r.Kind)) },
            [.. document.Body.Select(ContentBlocks.Of)]);
}
