namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// A plan's clause (<paramref name="From"/>) implementing or corresponding to a clause of the document it
/// implements (<paramref name="To"/>); or, among <see cref="ClauseConcordance.Parallels"/>, two clauses of
/// different regions' plans on the same measure.
/// </summary>
/// <param name="Score">0–1, rounded to three decimals so that the published data is stable.</param>
public sealed record ConcordanceLink(ClauseReference From, ClauseReference To, double Score, LinkStrength Strength);
