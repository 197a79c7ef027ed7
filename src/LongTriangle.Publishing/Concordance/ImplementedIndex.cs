namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// The clauses of the implemented documents (the Outline) as an inverted index by gram, so that a plan's
/// clause is scored only against the clauses it shares an informative gram with, and its best links are
/// chosen without sorting the whole corpus. The index holds every gram: the informative ones add to the
/// cosine, and all of them to the share of the implemented clause the plan's clause restates, so neither
/// needs a pass over the two vectors.
/// </summary>
/// <remarks>
/// Clauses with the same text, title and scope (the same document published twice, a reprint, a copy
/// under another name) are scored once, as one entry of the index: their scores are equal by
/// construction, so a library holding many copies of the Outline costs what one copy costs, not a factor
/// of the copies. Among equal scores the clause read first wins, as it would without the grouping.
/// </remarks>
public sealed class ImplementedIndex(ConcordanceMethod method, DocumentFrequencies frequencies)
{
    private readonly List<ComparedClause> _distinct = [];
    private readonly List<List<(int Order, ComparedClause Clause)>> _copies = [];
    private readonly List<int> _firstOrder = [];
    private readonly List<ComparedClause> _inOrder = [];
    private readonly Dictionary<(string Text, string Title, int Scope), int> _distinctOf = [];
    private readonly Dictionary<long, List<(int Distinct, double Weight, bool Common)>> _postings = [];
    private readonly MatchBuffers _buffers = new();
    private int _count;

    /// <summary>Adds the next clause of the implemented documents, in reading order.</summary>
    public void Add(ComparedClause clause)
    {
        _inOrder.Add(clause);
        var key = (clause.Reference.Clause.Text, clause.TitleText, clause.Scope.Bits);
        if (_distinctOf.TryGetValue(key, out var existing))
        {
            _copies[existing].Add((_count++, clause));
            return;
        }
        var distinct = _distinct.Count;
        _distinctOf[key] = distinct;
        _distinct.Add(clause);
        _copies.Add([(_count, clause)]);
        _firstOrder.Add(_count++);
        var grams = clause.Text.Grams;
        var weights = clause.Text.Weights;
        for (var i = 0; i < grams.Length; i++)
        {
            if (!_postings.TryGetValue(grams[i], out var postings)) _postings[grams[i]] = postings = [];
            postings.Add((distinct, weights[i], frequencies.IsCommon(grams[i], method.CommonShare)));
        }
    }

    /// <summary>
    /// The clauses <paramref name="source"/> implements, best first (ties: the clause read first): every one
    /// scoring at least the threshold and the relative cut, at most the method's number of links.
    /// </summary>
    public IReadOnlyList<(ComparedClause Implemented, double Score)> Match(ComparedClause source) => Match(source, _buffers);

    /// <summary>
    /// <see cref="Match(ComparedClause)"/> in the caller's <paramref name="buffers"/>: safe on several threads at
    /// once (each with buffers of its own) once every implemented clause is added, as matching only reads the index.
    /// </summary>
    public IReadOnlyList<(ComparedClause Implemented, double Score)> Match(ComparedClause source, MatchBuffers buffers) =>
        [.. MatchInOrder(source, buffers).Select(m => (m.Implemented, m.Score))];

    /// <summary>The implemented clause added <paramref name="order"/>th (from 0).</summary>
    public ComparedClause Clause(int order) => _inOrder[order];

    /// <summary><see cref="Match(ComparedClause, MatchBuffers)"/> with the order in which each implemented clause was added.</summary>
    public IReadOnlyList<(int Order, ComparedClause Implemented, double Score)> MatchInOrder(ComparedClause source, MatchBuffers buffers)
    {
        if (buffers.Dot.Length < _distinct.Count)
        {
            buffers.Dot = new double[_distinct.Count];
            buffers.Covered = new double[_distinct.Count];
        }
        var (dot, coveredSums, touched, candidates, chosen) = (buffers.Dot, buffers.Covered, buffers.Touched, buffers.Candidates, buffers.Chosen);
        touched.Clear();
        var grams = source.Text.Grams;
        var weights = source.Text.Weights;
        // In ascending gram order, as TermVector.CoveredBy adds up, so the sums are the same to the last bit.
        for (var i = 0; i < grams.Length; i++)
        {
            if (!_postings.TryGetValue(grams[i], out var postings)) continue;
            foreach (var (distinct, weight, common) in postings)
            {
                if (dot[distinct] == 0 && coveredSums[distinct] == 0) touched.Add(distinct);
                coveredSums[distinct] += weight * weight;
                if (!common) dot[distinct] += weights[i] * weight;
            }
        }

        candidates.Clear();
        foreach (var distinct in touched)
        {
            var cosine = dot[distinct];
            var covered = coveredSums[distinct];
            dot[distinct] = 0;
            coveredSums[distinct] = 0;
            // Only a clause sharing an informative gram is a candidate: common grams alone link everything.
            if (cosine == 0) continue;
            var implemented = _distinct[distinct];
            if (method.RespectAreas && !source.SameObjectAs(implemented)) continue;
            var score = method.Score(source, implemented, cosine, covered);
            if (score >= method.RelatedThreshold) candidates.Add((score, distinct));
        }
        if (candidates.Count == 0) return [];
        candidates.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : _firstOrder[a.Distinct].CompareTo(_firstOrder[b.Distinct]));

        // Expand the groups of copies best first, until the links are found and no later group can tie with the last one.
        var floor = candidates[0].Score * method.RelativeCut;
        chosen.Clear();
        foreach (var (score, distinct) in candidates)
        {
            if (score < floor) break;
            if (chosen.Count >= method.MaximumLinks && score < chosen[method.MaximumLinks - 1].Score) break;
            // Only the first copies of a group can be among the links: the others tie with them and come later.
            foreach (var (order, copy) in _copies[distinct].Take(method.MaximumLinks))
                chosen.Add((score, order, copy));
            chosen.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Order.CompareTo(b.Order));
        }
        return [.. chosen.Take(method.MaximumLinks).Select(c => (c.Order, c.Clause, c.Score))];
    }
}
