using System.Collections.Immutable;

namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// A clause prepared for comparison: its text as TF-IDF grams, its headings (the outline entries above it
/// and its own run-in heading) as grams, and the special areas its headings are about or its text names.
/// </summary>
/// <param name="Title">The clause's own run-in heading, else the nearest heading above it.</param>
/// <param name="Scope">Areas the headings put the clause in.</param>
/// <param name="Mentions">Areas the clause's text names.</param>
public sealed record ComparedClause(
    ClauseReference Reference,
    TermVector Text,
    TermVector Title,
    ImmutableHashSet<string> Scope,
    ImmutableHashSet<string> Mentions);
