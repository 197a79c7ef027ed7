namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// Links between clauses of plans of different regions on the same measure ("also in Jiangsu …"). Two
/// plans restating one measure both implement the Outline clause that sets it, so the candidates are the
/// clauses implementing the same Outline clause, and a pair is linked when the two texts themselves say
/// the same (scored like an implementing link, the higher of the two directions) for the same object
/// (the pilot-area rule both ways).
/// </summary>
/// <remarks>
/// Bounded whatever the library's size: for each Outline clause only the best few implementing clauses
/// of each region are kept while the plans are read (so memory grows with the Outline, not with the
/// plans), and only pairs among them are compared. A measure the Outline's chapters at hand do not set
/// is not linked between plans.
/// </remarks>
public sealed class ParallelFinder(ConcordanceMethod method)
{
    private readonly Dictionary<ComparedClause, Dictionary<string, List<Implementer>>> _best = new(ReferenceEqualityComparer.Instance);
    private int _order;

    private sealed record Implementer(ComparedClause Clause, double Score, int Order);

    /// <summary>Notes that <paramref name="source"/> implements <paramref name="implemented"/> with <paramref name="score"/>; call in reading order.</summary>
    public void Add(ComparedClause source, ComparedClause implemented, double score)
    {
        var order = _order++;
        if (!_best.TryGetValue(implemented, out var regions)) _best[implemented] = regions = new(StringComparer.Ordinal);
        var region = source.Reference.Document.RegionId;
        if (!regions.TryGetValue(region, out var best)) regions[region] = best = [];
        if (best.Count == method.MaximumLinks && score <= best[^1].Score) return;
        best.Add(new Implementer(source, score, order));
        best.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Order.CompareTo(b.Order));
        if (best.Count > method.MaximumLinks) best.RemoveAt(best.Count - 1);
    }

    /// <summary>The links in both directions, each pair once per direction.</summary>
    public IReadOnlyList<ConcordanceLink> Links()
    {
        var found = new Dictionary<(string, string), ConcordanceLink>();
        foreach (var regions in _best.Values)
        {
            var implementers = regions.Values.SelectMany(b => b).OrderBy(i => i.Order).ToList();
            for (var i = 0; i < implementers.Count; i++)
            {
                for (var j = i + 1; j < implementers.Count; j++)
                {
                    var (a, b) = (implementers[i].Clause, implementers[j].Clause);
                    if (a.Reference.Document.RegionId == b.Reference.Document.RegionId) continue;
                    var (aKey, bKey) = (a.Reference.Key, b.Reference.Key);
                    if (found.ContainsKey((aKey, bKey))) continue;
                    if (method.RespectAreas && !(a.SameObjectAs(b) && b.SameObjectAs(a))) continue;
                    var cosine = a.Text.Cosine(b.Text);
                    var score = Math.Max(method.Score(a, b, cosine), method.Score(b, a, cosine));
                    if (score < method.RelatedThreshold) continue;
                    var strength = score >= method.StrongThreshold ? LinkStrength.Strong : LinkStrength.Related;
                    found[(aKey, bKey)] = new ConcordanceLink(a.Reference, b.Reference, Math.Round(score, 3), strength);
                    found[(bKey, aKey)] = new ConcordanceLink(b.Reference, a.Reference, Math.Round(score, 3), strength);
                }
            }
        }
        return [.. found.Values];
    }
}
