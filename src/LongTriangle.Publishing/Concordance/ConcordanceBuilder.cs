using System.Collections.Immutable;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// Finds, for every clause of every plan, the clauses of the implemented documents (the first region's:
/// the national Outline) that it implements. Deterministic, and linear in the size of the plans: the
/// implemented clauses are put in an inverted index by gram, and each plan clause is scored only against
/// the clauses it shares an informative gram with.
/// </summary>
public static class ConcordanceBuilder
{
    public static ClauseConcordance Build(SiteContent content, ConcordanceMethod? method = null)
    {
        method ??= ConcordanceMethod.Default;
        var implementedRegion = content.Regions.Length > 0 ? content.Regions[0].Id : "";
        var targets = new List<ClauseReference>();
        var sources = new List<ClauseReference>();
        foreach (var document in content.Documents)
        {
            foreach (var clause in document.Clauses.Where(IsComparable))
                (document.RegionId == implementedRegion ? targets : sources).Add(new ClauseReference(document, clause));
        }

        var frequencies = new DocumentFrequencies();
        foreach (var reference in targets.Concat(sources))
            frequencies.Add(CharacterGrams.Of(reference.Clause.Text, CharacterGrams.Shortest, method.LongestGram));

        var prepared = new ClausePreparation(frequencies, method);
        var targetClauses = targets.Select(prepared.Prepare).ToList();
        var index = new Dictionary<string, List<(int Target, double Weight)>>(StringComparer.Ordinal);
        for (var t = 0; t < targetClauses.Count; t++)
        {
            foreach (var (gram, weight) in targetClauses[t].Text.Weights)
            {
                if (frequencies.IsCommon(gram, method.CommonShare)) continue;
                if (!index.TryGetValue(gram, out var postings)) index[gram] = postings = [];
                postings.Add((t, weight));
            }
        }

        var links = new List<ConcordanceLink>();
        var dot = new Dictionary<int, double>();
        foreach (var source in sources.Select(prepared.Prepare))
        {
            dot.Clear();
            foreach (var (gram, weight) in source.Text.Weights)
            {
                if (!index.TryGetValue(gram, out var postings)) continue;
                foreach (var (target, targetWeight) in postings)
                    dot[target] = dot.GetValueOrDefault(target) + weight * targetWeight;
            }
            var scored = dot
                .Where(d => !method.RespectAreas || SameObject(source, targetClauses[d.Key]))
                .Select(d => (Target: d.Key, Score: Score(source, targetClauses[d.Key], d.Value, method)))
                .Where(s => s.Score >= method.RelatedThreshold)
                .OrderByDescending(s => s.Score).ThenBy(s => s.Target)
                .ToList();
            if (scored.Count == 0) continue;
            var best = scored[0].Score;
            foreach (var (target, score) in scored.Where(s => s.Score >= best * method.RelativeCut).Take(method.MaximumLinks))
            {
                links.Add(new ConcordanceLink(
                    source.Reference, targetClauses[target].Reference, Math.Round(score, 3),
                    score >= method.StrongThreshold ? LinkStrength.Strong : LinkStrength.Related));
            }
        }
        return new ClauseConcordance([.. links]);
    }

    /// <summary>Paragraphs with words of their own; not the notice header or the signature.</summary>
    private static bool IsComparable(Clause clause) =>
        !clause.IsHeading && clause.IsBodyText;

    private static double Score(ComparedClause source, ComparedClause target, double textCosine, ConcordanceMethod method)
    {
        var text = method.CoverageWeight == 0
            ? textCosine
            : (1 - method.CoverageWeight) * textCosine + method.CoverageWeight * target.Text.CoveredBy(source.Text);
        return Math.Min(1.0, (1 - method.TitleWeight) * text + method.TitleWeight * source.Title.Cosine(target.Title));
    }

    /// <summary>
    /// A clause the Outline sets for a pilot area is implemented only by a clause about that area (by its
    /// headings or by naming it); a clause a plan sets for a pilot area implements only the Outline's clauses
    /// about that area.
    /// </summary>
    private static bool SameObject(ComparedClause source, ComparedClause target) =>
        target.Scope.IsSubsetOf(source.Scope.Union(source.Mentions))
        && source.Scope.IsSubsetOf(target.Scope);

    /// <summary>Builds the vectors and scopes of clauses, caching each document's heading paths.</summary>
    private sealed class ClausePreparation(DocumentFrequencies frequencies, ConcordanceMethod method)
    {
        public ComparedClause Prepare(ClauseReference reference)
        {
            var document = reference.Document;
            var index = document.Clauses.IndexOf(reference.Clause);
            var path = document.HeadingPath(index);
            var headings = path.Select(h => h.RunIn ?? h.Text).ToList();
            if (reference.Clause.RunIn is { } runIn) headings.Add(runIn);
            var title = reference.Clause.RunIn ?? (path.Length > 0 ? path[^1].RunIn ?? path[^1].Text : "");
            var scope = SpecialArea.YangtzeRiverDelta.Where(a => headings.Any(a.NamedInHeading)).Select(a => a.Id).ToImmutableHashSet(StringComparer.Ordinal);
            var mentions = SpecialArea.YangtzeRiverDelta.Where(a => a.NamedIn(reference.Clause.Text)).Select(a => a.Id).ToImmutableHashSet(StringComparer.Ordinal);
            return new ComparedClause(
                reference,
                Vector(reference.Clause.Text),
                Vector(title),
                scope,
                mentions);
        }

        private TermVector Vector(string text) =>
            TermVector.Of(CharacterGrams.Of(text, CharacterGrams.Shortest, method.LongestGram), frequencies.InverseOf);
    }
}
