namespace LongTriangle.Content;

/// <summary>
/// Where the text came from: the website or newspaper (<paramref name="Website"/>) with its address and the
/// date of the copy when known; the seed file and its hash for the provenance detail.
/// </summary>
public sealed record DocumentSource(string Seed, string Sha256, string? Website, string? Url, SourceScript Script)
{
    /// <summary>When the copy was published or retrieved, when known.</summary>
    public DateOnly? Copied { get; init; }
}
