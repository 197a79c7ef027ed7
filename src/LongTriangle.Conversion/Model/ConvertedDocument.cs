using System.Collections.Immutable;

namespace LongTriangle.Conversion.Model;

/// <summary>
/// A converted policy document: its metadata, its body (headings and paragraphs in reading order, each
/// with its eId), and everything the conversion removed or repaired, for the provenance file.
/// </summary>
public sealed record ConvertedDocument(
    DocumentMetadata Metadata,
    ImmutableArray<DocumentBlock> Body,
    ImmutableList<Repair> Repairs,
    ImmutableList<SourceLine> RemovedLines)
{
    /// <summary>Clauses are the paragraphs of the body (notice, preface and fragment included); headings are not clauses.</summary>
    public int ClauseCount => Body.Count(b => b is Paragraph);

    /// <summary>Where a passage this document shares with another of the corpus reads differently there (collation).</summary>
    public ImmutableArray<Collation.VariantReading> Variants { get; init; } = [];

    /// <summary>The paragraphs of the body as witnesses for collation.</summary>
    public IEnumerable<Collation.Witness> Witnesses =>
        Body.OfType<Paragraph>().Select(p => new Collation.Witness(Metadata.Slug, p.Id.Value, p.Text));

    public string RelativeMarkdownPath => $"{Metadata.Region}/{Metadata.Slug}.md";

    public string RelativeProvenancePath => $"{Metadata.Region}/{Metadata.Slug}.provenance.yml";
}
