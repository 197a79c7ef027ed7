namespace LongTriangle.Publishing.Citations;

/// <summary>The document a citation names, in the citation's language: its title, and where known its issuer and date.</summary>
/// <param name="Issuer">The issuer as the citation names it, or null when it is not named (Chinese citations name none).</param>
/// <param name="Date">The date shown in lists (YYYY-MM-DD), or null.</param>
public sealed record CitedDocument(string Title, string? Issuer = null, string? Date = null);
