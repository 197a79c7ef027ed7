using System.Collections.Immutable;

namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// A concordance with what a later run needs to take over the links of an unchanged plan: each plan's links as
/// <see cref="MatchedClause"/>s (null for the implemented documents), by the document's place in the content, the
/// library's gram counts, and the Latin tokens in the order they were numbered.
/// </summary>
/// <param name="DocumentsMatched">Plans matched (the others' links taken over).</param>
public sealed record ConcordanceRun(
    ClauseConcordance Concordance,
    DocumentFrequencies Frequencies,
    ImmutableArray<ImmutableArray<MatchedClause>?> Matches,
    ImmutableArray<string> LatinWords,
    int DocumentsMatched);
