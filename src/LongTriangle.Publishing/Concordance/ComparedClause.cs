namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// A clause prepared for comparison: its text as TF-IDF grams, its headings (the outline entries above it
/// and its own run-in heading) as grams, and the special areas its headings are about or its text names.
/// </summary>
/// <param name="TitleText">The clause's own run-in heading, else the nearest heading above it.</param>
/// <param name="Title">That heading as grams.</param>
/// <param name="Scope">Areas the headings put the clause in.</param>
/// <param name="Mentions">Areas the clause's text names.</param>
public sealed record ComparedClause(
    ClauseReference Reference,
    TermVector Text,
    string TitleText,
    TermVector Title,
    AreaSet Scope,
    AreaSet Mentions)
{
    /// <summary>
    /// A clause the Outline sets for a pilot area is implemented only by a clause about that area (by its
    /// headings or by naming it); a clause a plan sets for a pilot area implements only the Outline's clauses
    /// about that area.
    /// </summary>
    public bool SameObjectAs(ComparedClause implemented) =>
        implemented.Scope.IsSubsetOf(Scope.Union(Mentions)) && Scope.IsSubsetOf(implemented.Scope);
}
