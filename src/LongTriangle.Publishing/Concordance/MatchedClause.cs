namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// A link one run of the concordance found from a plan's clause, as a later run can take it over: the clause's place
/// in its document, the implemented clause's order in the <see cref="ImplementedIndex"/>, and the score unrounded (the
/// links between plans are chosen by it).
/// </summary>
public readonly record struct MatchedClause(int Clause, int Implemented, double Score);
