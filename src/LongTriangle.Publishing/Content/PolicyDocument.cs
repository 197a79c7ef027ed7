using System.Collections.Immutable;

namespace LongTriangle.Publishing.Content;

/// <summary>One converted policy document: its metadata, its clauses in reading order, and its provenance.</summary>
/// <param name="SourceFile">The Markdown file, relative to the content folder, for messages.</param>
public sealed record PolicyDocument(
    DocumentMetadata Metadata,
    ImmutableArray<Clause> Clauses,
    Provenance? Provenance,
    string SourceFile)
{
    public string Slug => Metadata.Slug;

    public string RegionId => Metadata.Region;

    /// <summary>What the table of contents lists: the headings and the numbered clauses' run-in headings.</summary>
    public IEnumerable<Clause> OutlineEntries => Clauses.Where(c => c.OutlineLevel is not null);

    /// <summary>The outline entries that contain the clause at <paramref name="index"/>, outermost first.</summary>
    public ImmutableArray<Clause> HeadingPath(int index)
    {
        var path = new List<Clause>();
        var level = Clauses[index].OutlineLevel ?? int.MaxValue;
        for (var i = index - 1; i >= 0; i--)
        {
            var candidate = Clauses[i];
            if (candidate.OutlineLevel is { } candidateLevel && candidateLevel < level)
            {
                path.Add(candidate);
                level = candidateLevel;
            }
        }
        path.Reverse();
        return [.. path];
    }
}
