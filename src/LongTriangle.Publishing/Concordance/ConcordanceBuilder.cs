using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// Finds, for every clause of every plan, the clauses of the implemented documents (the first region's:
/// the national Outline) that it implements. Deterministic, and linear in the size of the plans: the
/// implemented clauses are an inverted index by gram (<see cref="ImplementedIndex"/>), and each plan
/// clause is prepared once, scored against the clauses it shares an informative gram with, and dropped.
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
        foreach (var document in content.Documents) preparer.Count(document);

        var index = new ImplementedIndex(method, preparer.Frequencies);
        foreach (var document in content.Documents.Where(d => d.RegionId == implementedRegion))
        {
            foreach (var clause in preparer.Prepare(document)) index.Add(clause);
        }

        var links = new List<ConcordanceLink>();
        var parallels = new ParallelFinder(method);
        foreach (var document in content.Documents.Where(d => d.RegionId != implementedRegion))
        {
            foreach (var source in preparer.Prepare(document))
            {
                foreach (var (implemented, score) in index.Match(source))
                {
                    parallels.Add(source, implemented, score);
                    links.Add(new ConcordanceLink(
                        source.Reference, implemented.Reference, Math.Round(score, 3),
                        score >= method.StrongThreshold ? LinkStrength.Strong : LinkStrength.Related));
                }
            }
        }
        return new ClauseConcordance([.. links], [.. parallels.Links()]);
    }
}
