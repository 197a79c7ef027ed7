using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// Finds, for every clause of every plan, the clauses of the implemented documents (the first region's:
/// the national Outline) that it implements. Deterministic, and linear in the size of the plans: the
/// implemented clauses are an inverted index by gram (<see cref="ImplementedIndex"/>), and each plan
/// clause is prepared once, scored against the clauses it shares an informative gram with, and dropped;
/// the plans' clauses are prepared and scored on every core, a few dozen plans at a time, and their links
/// taken in reading order, so the concordance is the one a single thread makes.
/// Then the plans' clauses implementing the same Outline clause are compared with one another
/// (<see cref="ParallelFinder"/>): the same measure in two regions' plans.
/// </summary>
public static class ConcordanceBuilder
{
    public static ClauseConcordance Build(SiteContent content, ConcordanceMethod? method = null)
    {
        method ??= ConcordanceMethod.Default;
        var implementedRegion = content.Regions.Length > 0 ? content.Regions[0].Id : "";
        var preparer = new ClausePreparer(new CharacterGrams(method.LongestGram));
        preparer.CountAll(content.Documents);

        var index = new ImplementedIndex(method, preparer.Frequencies);
        foreach (var document in content.Documents.Where(d => d.RegionId == implementedRegion))
        {
            foreach (var clause in preparer.Prepare(document)) index.Add(clause);
        }

        var links = new List<ConcordanceLink>();
        var parallels = new ParallelFinder(method);
        var plans = content.Documents.Where(d => d.RegionId != implementedRegion).ToArray();
        foreach (var batch in plans.Chunk(PlansAtOnce))
        {
            // Placing is in document order on this thread (it numbers the headings' new words); preparing each clause's
            // text and matching it only read the preparer and the index, so they run on every core, and the links are
            // then taken in reading order: the same concordance, to the last bit, as one thread makes.
            var placed = Array.ConvertAll(batch, preparer.Place);
            var matched = Cores.Map(placed, clauses => Match(clauses, preparer, index));
            foreach (var document in matched)
            {
                foreach (var (source, implementedBy) in document)
                {
                    foreach (var (implemented, score) in implementedBy)
                    {
                        parallels.Add(source, implemented, score);
                        links.Add(new ConcordanceLink(
                            source.Reference, implemented.Reference, Math.Round(score, 3),
                            score >= method.StrongThreshold ? LinkStrength.Strong : LinkStrength.Related));
                    }
                }
            }
        }
        return new ClauseConcordance([.. links], [.. parallels.Links()]);
    }

    /// <summary>Plans prepared and matched at once: enough to keep both cores busy, few enough that their prepared clauses stay small.</summary>
    private const int PlansAtOnce = 32;

    /// <summary>The clauses of one plan that implement any, each with what it implements, in reading order.</summary>
    private static (ComparedClause Source, IReadOnlyList<(ComparedClause Implemented, double Score)> Implements)[] Match(
        IReadOnlyList<PlacedClause> clauses, ClausePreparer preparer, ImplementedIndex index)
    {
        var buffer = new List<long>();
        var buffers = new MatchBuffers();
        var matched = new List<(ComparedClause, IReadOnlyList<(ComparedClause, double)>)>();
        foreach (var clause in clauses)
        {
            var source = preparer.Complete(clause, buffer);
            var implements = index.Match(source, buffers);
            if (implements.Count > 0) matched.Add((source, implements));
        }
        return [.. matched];
    }
}
