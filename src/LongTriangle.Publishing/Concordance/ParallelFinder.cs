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

    /// <summary>A plan's clause among the best implementing one clause: prepared, or only its reference (prepared when needed).</summary>
    private sealed record Implementer(ClauseReference Source, ComparedClause? Clause, double Score, int Order);

    /// <summary>Notes that <paramref name="source"/> implements <paramref name="implemented"/> with <paramref name="score"/>; call in reading order.</summary>
    public void Add(ComparedClause source, ComparedClause implemented, double score) => Add(source.Reference, source, implemented, score);

    /// <summary>
    /// <see cref="Add(ComparedClause, ComparedClause, double)"/> for a clause not prepared (its links taken from an earlier
    /// run): <see cref="Links(Func{ClauseReference, ComparedClause})"/> prepares it if it is among the best.
    /// </summary>
    public void Add(ClauseReference source, ComparedClause implemented, double score) => Add(source, null, implemented, score);

    private void Add(ClauseReference source, ComparedClause? prepared, ComparedClause implemented, double score)
    {
        var order = _order++;
        if (!_best.TryGetValue(implemented, out var regions)) _best[implemented] = regions = new(StringComparer.Ordinal);
        var region = source.Document.RegionId;
        if (!regions.TryGetValue(region, out var best)) regions[region] = best = [];
        if (best.Count == method.MaximumLinks && score <= best[^1].Score) return;
        best.Add(new Implementer(source, prepared, score, order));
        best.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Order.CompareTo(b.Order));
        if (best.Count > method.MaximumLinks) best.RemoveAt(best.Count - 1);
    }

    /// <summary>The links in both directions, each pair once per direction.</summary>
    public IReadOnlyList<ConcordanceLink> Links() =>
        Links(source => throw new InvalidOperationException($"{source.Key} was added without being prepared"));

    /// <summary>The links in both directions, with <paramref name="prepare"/> making the clauses added unprepared.</summary>
    public IReadOnlyList<ConcordanceLink> Links(Func<ClauseReference, ComparedClause> prepare)
    {
        var found = new Dictionary<(string, string), ConcordanceLink>();
        foreach (var regions in _best.Values)
        {
            var implementers = regions.Values.SelectMany(b => b).OrderBy(i => i.Order).ToList();
            for (var i = 0; i < implementers.Count; i++)
            {
                for (var j = i + 1; j < implementers.Count; j++)
                {
                    if (implementers[i].Source.Document.RegionId == implementers[j].Source.Document.RegionId) continue;
                    var (aKey, bKey) = (implementers[i].Source.Key, implementers[j].Source.Key);
                    if (found.ContainsKey((aKey, bKey))) continue;
                    var (a, b) = (implementers[i].Clause ?? prepare(implementers[i].Source), implementers[j].Clause ?? prepare(implementers[j].Source));
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
