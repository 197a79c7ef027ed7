namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// A comparable clause with what its place in the document gives it, found walking the document in reading
/// order (<see cref="ClausePreparer.Place"/>): the heading it is under as text and grams, and the special areas
/// its headings put it in. What it needs besides (its own text as grams, the areas it names) depends on the
/// clause alone, so <see cref="ClausePreparer.Complete"/> can make it on any thread.
/// </summary>
public sealed record PlacedClause(ClauseReference Reference, string TitleText, TermVector Title, AreaSet Scope);
