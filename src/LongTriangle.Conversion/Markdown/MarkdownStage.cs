using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Markdown;

/// <summary>The files of one converted document: the Markdown (front matter + body) and its provenance.</summary>
public sealed record ConvertedFiles(string MarkdownPath, string Markdown, string ProvenancePath, string Provenance);

/// <summary>Renders a <see cref="ConvertedDocument"/> as its two files, relative to content/zh/.</summary>
public static class MarkdownStage
{
    public static ConvertedFiles Write(ConvertedDocument document) =>
        new(
            document.RelativeMarkdownPath,
            FrontMatterWriter.Write(document.Metadata, document.Repairs) + "\n" + BodyWriter.Write(document.Body),
            document.RelativeProvenancePath,
            ProvenanceWriter.Write(document));
}
