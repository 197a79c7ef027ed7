using System.Collections.Immutable;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// A section of an implemented document that gets a compare page: a heading and the clauses directly
/// under it (a chapter's opening paragraph belongs to the chapter; its sections have their own pages).
/// </summary>
public sealed record CompareSection(PolicyDocument Document, Clause Heading, ImmutableArray<Clause> Clauses)
{
    /// <summary>The sections of <paramref name="document"/> in reading order; clauses before the first heading have none.</summary>
    public static ImmutableArray<CompareSection> Of(PolicyDocument document)
    {
        var sections = new List<CompareSection>();
        Clause? heading = null;
        var clauses = new List<Clause>();
        void Close()
        {
            if (heading is not null && clauses.Count > 0) sections.Add(new CompareSection(document, heading, [.. clauses]));
            clauses.Clear();
        }
        foreach (var clause in document.Clauses)
        {
            if (clause.IsHeading)
            {
                Close();
                heading = clause;
            }
            else if (heading is not null && clause.IsBodyText)
            {
                clauses.Add(clause);
            }
        }
        Close();
        return [.. sections];
    }
}
