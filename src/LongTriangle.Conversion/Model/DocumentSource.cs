namespace LongTriangle.Conversion.Model;

/// <summary>Where a document's text came from: the seed file, its hash, and what is known of its origin.</summary>
public sealed record DocumentSource(string Seed, string Sha256, string? Website, string? Url, SourceScript Script);
