using System.Collections.Immutable;
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
    public static ClauseConcordance Build(SiteContent content, ConcordanceMethod? method = null) =>
        Run(content, method ?? ConcordanceMethod.Default).Concordance;

    /// <summary>The concordance computed from scratch, with what a later run can take over.</summary>
    public static ConcordanceRun Run(SiteContent content, ConcordanceMethod method)
    {
        var preparer = new ClausePreparer(new CharacterGrams(method.LongestGram));
        preparer.CountAll(content.Documents);
        return Run(content, method, preparer, reused: _ => null);
    }

    /// <summary>
    /// The concordance with the library's grams counted by <paramref name="preparer"/>: each plan for which
    /// <paramref name="reused"/> (given the document's place in the content) has links takes them over, the others are
    /// matched. The caller proves that the links taken over are the ones matching would find.
    /// </summary>
    public static ConcordanceRun Run(SiteContent content, ConcordanceMethod method, ClausePreparer preparer, Func<int, ImmutableArray<MatchedClause>?> reused)
    {
        var implementedRegion = content.Regions.Length > 0 ? content.Regions[0].Id : "";
        var index = new ImplementedIndex(method, preparer.Frequencies);
        foreach (var document in content.Documents.Where(d => d.RegionId == implementedRegion))
        {
            foreach (var clause in preparer.Prepare(document)) index.Add(clause);
        }

        var links = new List<ConcordanceLink>();
        var parallels = new ParallelFinder(method);
        var matches = new ImmutableArray<MatchedClause>?[content.Documents.Length];
        var matched = 0;
        var plans = Enumerable.Range(0, content.Documents.Length).Where(d => content.Documents[d].RegionId != implementedRegion).ToArray();
        foreach (var batch in plans.Chunk(PlansAtOnce))
        {
            // Placing is in document order on this thread (it numbers the headings' new words); preparing each clause's
            // text and matching it only read the preparer and the index, so they run on every core, and the links are
            // then taken in reading order: the same concordance, to the last bit, as one thread makes.
            var taken = Array.ConvertAll(batch, d => reused(d));
            var placed = batch.Select((d, i) => taken[i] is null ? preparer.Place(content.Documents[d]) : null).ToArray();
            var found = Cores.Map(placed, clauses => clauses is null ? null : Match(clauses, preparer, index));
            for (var i = 0; i < batch.Length; i++)
            {
                var document = content.Documents[batch[i]];
                var places = found[i] is null ? null : ComparablePlaces(document);
                var documentMatches = ImmutableArray.CreateBuilder<MatchedClause>();
                if (found[i] is { } sources)
                {
                    matched++;
                    for (var c = 0; c < sources.Length; c++)
                    {
                        foreach (var (order, implemented, score) in sources[c].Implements)
                        {
                            parallels.Add(sources[c].Source, implemented, score);
                            links.Add(Link(sources[c].Source.Reference, implemented, score, method));
                            documentMatches.Add(new MatchedClause(places![sources[c].Place], order, score));
                        }
                    }
                }
                else
                {
                    foreach (var match in taken[i]!.Value)
                    {
                        var source = new ClauseReference(document, document.Clauses[match.Clause]);
                        var implemented = index.Clause(match.Implemented);
                        parallels.Add(source, implemented, match.Score);
                        links.Add(Link(source, implemented, match.Score, method));
                        documentMatches.Add(match);
                    }
                }
                matches[batch[i]] = documentMatches.ToImmutable();
            }
        }

        // A clause among the best implementing an Outline clause whose links were taken over is prepared only now (as the
        // clauses of its document: its title comes from the headings above it).
        var prepared = new Dictionary<PolicyDocument, Dictionary<Clause, ComparedClause>>(ReferenceEqualityComparer.Instance);
        ComparedClause Prepare(ClauseReference reference)
        {
            if (!prepared.TryGetValue(reference.Document, out var clauses))
                prepared[reference.Document] = clauses = preparer.Prepare(reference.Document).ToDictionary<ComparedClause, Clause>(c => c.Reference.Clause, ReferenceEqualityComparer.Instance);
            return clauses[reference.Clause];
        }
        var concordance = new ClauseConcordance([.. links], [.. parallels.Links(Prepare)]);
        return new ConcordanceRun(concordance, preparer.Frequencies, [.. matches], [.. preparer.Grams.LatinWords], matched);
    }

    private static ConcordanceLink Link(ClauseReference source, ComparedClause implemented, double score, ConcordanceMethod method) =>
        new(source, implemented.Reference, Math.Round(score, 3), score >= method.StrongThreshold ? LinkStrength.Strong : LinkStrength.Related);

    /// <summary>The place in <paramref name="document"/> of each of its comparable clauses, in reading order.</summary>
    private static int[] ComparablePlaces(PolicyDocument document) =>
        [.. document.Clauses.Index().Where(c => ClausePreparer.IsComparable(c.Item)).Select(c => c.Index)];

    /// <summary>Plans prepared and matched at once: enough to keep both cores busy, few enough that their prepared clauses stay small.</summary>
    private const int PlansAtOnce = 32;

    /// <summary>The clauses of one plan that implement any, each with its place among the plan's comparable clauses and what it implements, in reading order.</summary>
    private static (ComparedClause Source, int Place, IReadOnlyList<(int Order, ComparedClause Implemented, double Score)> Implements)[] Match(
        IReadOnlyList<PlacedClause> clauses, ClausePreparer preparer, ImplementedIndex index)
    {
        var buffer = new List<long>();
        var buffers = new MatchBuffers();
        var matched = new List<(ComparedClause, int, IReadOnlyList<(int, ComparedClause, double)>)>();
        for (var place = 0; place < clauses.Count; place++)
        {
            var source = preparer.Complete(clauses[place], buffer);
            var implements = index.MatchInOrder(source, buffers);
            if (implements.Count > 0) matched.Add((source, place, implements));
        }
        return [.. matched];
    }
}
