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

    public IEnumerable<Clause> Headings => Clauses.Where(c => c.IsHeading);

    /// <summary>The headings that contain the clause at <paramref name="index"/>, outermost first.</summary>
    public ImmutableArray<Clause> HeadingPath(int index)
    {
        var path = new List<Clause>();
        var level = Clauses[index].IsHeading ? Clauses[index].Level : int.MaxValue;
        for (var i = index - 1; i >= 0; i--)
        {
            var candidate = Clauses[i];
            if (candidate.IsHeading && candidate.Level < level)
            {
                path.Add(candidate);
                level = candidate.Level;
            }
        }
        path.Reverse();
        return [.. path];
    }
}
