using System.Collections.Immutable;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// The concordance after some documents changed, taking over from the last run the links of every plan whose links
/// provably cannot have changed, so that it is the concordance computed from scratch link for link and score for
/// score. A plan's links depend on its clauses' text and title vectors and on the implemented clauses' vectors; a
/// vector depends on its text and on the weights of its grams, which depend on the number of comparable clauses of the
/// library, the number containing each gram, and (for the order in which its weights are summed) the numbers of the
/// Latin tokens. So the last run's links of a plan are taken over only when the number of clauses and the numbers of
/// the Latin tokens are as they were, no implemented document changed, and neither the plan nor any implemented
/// document contains a gram whose count changed; in any doubt (a document added, removed or moved, the last version of
/// a changed document not at hand, too many counts changed) there is no update, and the caller computes it all.
/// </summary>
public static class ConcordanceUpdate
{
    /// <summary>Grams whose count changed beyond which every document would be searched for too many: compute it all.</summary>
    private const int MostChangedGrams = 4096;

    /// <param name="hashes">The SHA-256 of each document's <see cref="ConcordedClauses"/>, in the content's order.</param>
    /// <param name="lastVersion">The clauses the last run read under a hash, if they are at hand.</param>
    public static ConcordanceRun? TryRun(
        SiteContent content, ConcordanceMethod method, ConcordanceState last,
        IReadOnlyList<ImmutableArray<byte>> hashes, Func<ImmutableArray<byte>, ImmutableArray<Clause>?> lastVersion)
    {
        var firstRegion = content.Regions.Length > 0 ? content.Regions[0].Id : "";
        if (firstRegion != last.FirstRegion || content.Documents.Length != last.Documents.Length) return null;
        var changed = new bool[content.Documents.Length];
        for (var d = 0; d < changed.Length; d++)
        {
            var (document, was) = (content.Documents[d], last.Documents[d]);
            if (document.RegionId != was.Region || document.Slug != was.Slug) return null;
            changed[d] = !hashes[d].SequenceEqual(was.Hash);
            if (changed[d] && document.RegionId == firstRegion) return null;
            if (document.RegionId != firstRegion && was.Matches is null) return null;
        }

        // The Latin tokens numbered as the last run numbered them: the changed documents' tokens must be the same, in the same order.
        var grams = new CharacterGrams(method.LongestGram);
        foreach (var word in last.LatinWords) grams.LatinGram(word);
        var hanChanges = new Dictionary<long, int>();
        var latinChanges = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < changed.Length; d++)
        {
            if (!changed[d]) continue;
            if (lastVersion(last.Documents[d].Hash) is not { } lastClauses) return null;
            var (before, after) = (DocumentGramCounts.Of(lastClauses, grams), DocumentGramCounts.Of(content.Documents[d].Clauses, grams));
            if (before.Clauses != after.Clauses || !before.NumbersLatinAs(after)) return null;
            foreach (var (gram, count) in after.Han) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(hanChanges, gram, out _) += count;
            foreach (var (gram, count) in before.Han) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(hanChanges, gram, out _) -= count;
            foreach (var (word, count) in after.Latin) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(latinChanges, word, out _) += count;
            foreach (var (word, count) in before.Latin) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(latinChanges, word, out _) -= count;
        }

        // The library's counts now, and the grams whose count changed, as the text they are found by.
        var counts = new Dictionary<long, int>(last.Counts);
        var changedGrams = new List<(string Text, StringComparison Comparison)>();
        foreach (var (gram, change) in hanChanges.Where(c => c.Value != 0).Select(c => (c.Key, c.Value))
            .Concat(latinChanges.Where(c => c.Value != 0).Select(c => (grams.LatinGram(c.Key), c.Value))))
        {
            var count = counts.GetValueOrDefault(gram) + change;
            if (count < 0) return null;
            if (count == 0) counts.Remove(gram);
            else counts[gram] = count;
            // A Han gram is in a clause exactly when its characters are (they are all Han, so one run); a Latin token
            // is in any text containing it, in any case (a text containing it in a longer word is searched needlessly).
            changedGrams.Add(CharacterGrams.IsLatin(gram) ? (grams.Describe(gram), StringComparison.OrdinalIgnoreCase) : (grams.Describe(gram), StringComparison.Ordinal));
        }
        if (changedGrams.Count > MostChangedGrams || grams.LatinWords.Count != last.LatinWords.Length) return null;

        // A document's weights are those of the last run unless one of its clauses (text, run-in heading or heading,
        // whose grams are its titles') contains a changed gram.
        var reweighed = Cores.Map(content.Documents, document => document.Clauses.Any(clause =>
            changedGrams.Any(g => clause.Text.Contains(g.Text, g.Comparison))));
        for (var d = 0; d < changed.Length; d++)
        {
            if (reweighed[d] && content.Documents[d].RegionId == firstRegion) return null;
        }

        var preparer = new ClausePreparer(grams, new DocumentFrequencies(last.Clauses, counts));
        var run = ConcordanceBuilder.Run(content, method, preparer, d => changed[d] || reweighed[d] ? null : last.Documents[d].Matches);
        // Preparing the matched plans numbered no token the last run did not: else the numbers may differ from a run from scratch.
        return grams.LatinWords.Count == last.LatinWords.Length ? run : null;
    }
}
