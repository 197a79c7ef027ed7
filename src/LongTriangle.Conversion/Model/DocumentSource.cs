namespace LongTriangle.Conversion.Model;

/// <summary>
/// Where a document's text came from: the seed file and its hash (for the provenance), and what a reader
/// knows the copy by: the website or newspaper (<paramref name="Website"/>), its address and the date of the copy.
/// </summary>
public sealed record DocumentSource(string Seed, string Sha256, string? Website, string? Url, SourceScript Script)
{
    /// <summary>When the copy was published or retrieved, when known.</summary>
    public DateOnly? Copied { get; init; }
}
