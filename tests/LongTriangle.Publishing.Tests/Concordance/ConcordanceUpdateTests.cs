using System.Collections.Immutable;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Concordance;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Concordance;

/// <summary>
/// After a change, the concordance that takes over the last run's links of the plans the change cannot affect is the
/// one computed from scratch, link for link and score for score; a change it cannot prove harmless computes it all.
/// </summary>
public sealed class ConcordanceUpdateTests : IDisposable
{
    private readonly CacheFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The repository's documents, copied under other slugs: plans enough that a change leaves most as they were.</summary>
    private static SiteContent Library(int copies)
    {
        var content = RepositoryContent.Value;
        return content with
        {
            Documents = [.. Enumerable.Range(0, copies).SelectMany(copy => content.Documents.Select(d =>
                d with { Metadata = d.Metadata with { Slug = $"{d.Slug}-{copy:00}" } }))],
        };
    }

    private static string[] Show(ClauseConcordance concordance) =>
        [.. concordance.Links.Select(Line).Append("--").Concat(concordance.Parallels.Select(Line))];

    private static string Line(ConcordanceLink l) => $"{l.From.Key} {l.To.Key} {l.Score:R} {l.Strength}";

    /// <summary>The update from <paramref name="before"/> to <paramref name="after"/>, the state and the last clauses passed through their bytes as the cache keeps them.</summary>
    private static ConcordanceRun? Update(SiteContent before, SiteContent after)
    {
        var run = ConcordanceBuilder.Run(before, ConcordanceMethod.Default);
        var hashes = before.Documents.Select(d => ConcordedClauses.Hash(d.Clauses)).ToArray();
        var state = ConcordanceState.Decode(ConcordanceState.Of(before, hashes, run).Encode());
        var stored = new Dictionary<string, byte[]>();
        for (var d = 0; d < hashes.Length; d++) stored[Convert.ToHexString(hashes[d].AsSpan())] = ConcordedClauses.Encode(before.Documents[d].Clauses);
        return ConcordanceUpdate.TryRun(after, ConcordanceMethod.Default, state, [.. after.Documents.Select(d => ConcordedClauses.Hash(d.Clauses))],
            hash => stored.TryGetValue(Convert.ToHexString(hash.AsSpan()), out var bytes) ? ConcordedClauses.Decode(bytes) : null);
    }

    private static SiteContent WithClause(SiteContent content, int document, int clause, Func<Clause, Clause> change)
    {
        var changed = content.Documents[document];
        return content with { Documents = content.Documents.SetItem(document, changed with { Clauses = changed.Clauses.SetItem(clause, change(changed.Clauses[clause])) }) };
    }

    private static int Plans(SiteContent content) => content.Documents.Count(d => d.RegionId != content.Regions[0].Id);

    [Fact]
    public void A_clause_of_a_plan_corrected_matches_only_the_plans_it_can_change_and_gives_the_concordance_computed_from_scratch()
    {
        var library = Library(4);
        var plan = library.Documents.Index().First(d => d.Item.RegionId != library.Regions[0].Id).Index;
        var clause = library.Documents[plan].Clauses.Index().First(c => ClausePreparer.IsComparable(c.Item)).Index;
        // As benchmarks/compare.sh changes a seed: a word added at the end of the first clause.
        var changed = WithClause(library, plan, clause, c => c with { Text = c.Text + "（修订）" });

        var update = Update(library, changed).ShouldNotBeNull();

        update.DocumentsMatched.ShouldBeGreaterThan(0);
        update.DocumentsMatched.ShouldBeLessThan(Plans(changed));
        var scratch = ConcordanceBuilder.Build(changed);
        scratch.Links.Length.ShouldBeGreaterThan(100);
        scratch.Parallels.ShouldNotBeEmpty();
        Show(update.Concordance).ShouldBe(Show(scratch));
    }

    [Fact]
    public void Random_edits_of_plans_give_the_concordance_computed_from_scratch()
    {
        var library = Library(3);
        var random = new Random(18);
        var plans = library.Documents.Index().Where(d => d.Item.RegionId != library.Regions[0].Id).Select(d => d.Index).ToArray();
        var (updated, matchedFewer) = (0, 0);
        for (var edit = 0; edit < 16; edit++)
        {
            var document = plans[random.Next(plans.Length)];
            var clauses = library.Documents[document].Clauses;
            var clause = random.Next(clauses.Length);
            var text = clauses[clause].Text;
            var at = random.Next(text.Length);
            var other = clauses[random.Next(clauses.Length)].Text;
            string Edited() => (edit % 5) switch
            {
                0 => text.Insert(at, other[random.Next(other.Length)].ToString()),     // a character added
                1 => text.Length > 1 ? text.Remove(at, 1) : text + "改",               // a character lost
                2 => text[..at] + other[random.Next(other.Length)] + text[(at + 1)..],  // a character replaced
                3 => other,                                                            // a clause replaced by another
                _ => text + "，推进5G网络建设",                                          // words added, with a Latin token
            };
            var edited = Edited();
            var changed = WithClause(library, document, clause, c => c with
            {
                Text = edited,
                RunIn = c.RunIn is { } runIn && edited.StartsWith(runIn, StringComparison.Ordinal) ? runIn : null,
            });
            var update = Update(library, changed);
            if (update is null) continue;
            updated++;
            if (update.DocumentsMatched < plans.Length) matchedFewer++;
            Show(update.Concordance).ShouldBe(Show(ConcordanceBuilder.Build(changed)), $"edit {edit}: {clauses[clause].Id.Value} of {library.Documents[document].Slug}");
        }
        updated.ShouldBeGreaterThan(8);
        matchedFewer.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_change_to_the_implemented_document_a_document_added_or_removed_or_a_new_Latin_token_is_computed_from_scratch()
    {
        var library = Library(2);
        var outline = library.Documents.Index().First(d => d.Item.RegionId == library.Regions[0].Id).Index;
        var plan = library.Documents.Index().First(d => d.Item.RegionId != library.Regions[0].Id).Index;
        var clause = library.Documents[outline].Clauses.Index().First(c => ClausePreparer.IsComparable(c.Item)).Index;
        var planClause = library.Documents[plan].Clauses.Index().First(c => ClausePreparer.IsComparable(c.Item)).Index;

        Update(library, WithClause(library, outline, clause, c => c with { Text = c.Text + "（修订）" })).ShouldBeNull();
        Update(library, library with { Documents = library.Documents.Add(library.Documents[plan] with { Metadata = library.Documents[plan].Metadata with { Slug = "added" } }) }).ShouldBeNull();
        Update(library, library with { Documents = library.Documents.RemoveAt(plan) }).ShouldBeNull();
        Update(library, WithClause(library, plan, planClause, c => c with { Text = c.Text + "（见附件XYZ-Q9）" })).ShouldBeNull();
        Update(library, library).ShouldNotBeNull().DocumentsMatched.ShouldBe(0);
    }

    [Fact]
    public void Through_the_cache_every_change_gives_the_concordance_computed_from_scratch()
    {
        var library = Library(2);
        var outline = library.Documents.Index().First(d => d.Item.RegionId == library.Regions[0].Id).Index;
        var plans = library.Documents.Index().Where(d => d.Item.RegionId != library.Regions[0].Id).Select(d => d.Index).ToArray();
        int First(SiteContent content, int document) => content.Documents[document].Clauses.Index().First(c => ClausePreparer.IsComparable(c.Item)).Index;
        var steps = new List<(string What, Func<SiteContent, SiteContent> Change, bool Updated)>
        {
            ("a plan's clause", c => WithClause(c, plans[0], First(c, plans[0]), x => x with { Text = x.Text + "（修订）" }), true),
            ("another plan's clause", c => WithClause(c, plans[^1], First(c, plans[^1]), x => x with { Text = x.Text + "（修订）" }), true),
            ("the first plan's clause put back", c => WithClause(c, plans[0], First(c, plans[0]), x => x with { Text = library.Documents[plans[0]].Clauses[First(c, plans[0])].Text }), true),
            ("the Outline", c => WithClause(c, outline, First(c, outline), x => x with { Text = x.Text + "（修订）" }), false),
            ("a document added", c => c with { Documents = c.Documents.Add(c.Documents[plans[1]] with { Metadata = c.Documents[plans[1]].Metadata with { Slug = "added" } }) }, false),
            ("a document removed", c => c with { Documents = c.Documents.RemoveAt(plans[1]) }, false),
            ("a plan's clause after all that", c => WithClause(c, plans[0], First(c, plans[0]), x => x with { Text = x.Text + "（勘误）" }), true),
        };
        var content = library;
        var cache = new ConcordanceCache(_folder.Open());
        Show(cache.Build(content)).ShouldBe(Show(ConcordanceBuilder.Build(content)));
        cache.PlansMatched.ShouldBeNull();
        foreach (var (what, change, updated) in steps)
        {
            content = change(content);
            var built = new ConcordanceCache(_folder.Open());
            Show(built.Build(content)).ShouldBe(Show(ConcordanceBuilder.Build(content)), what);
            built.Hit.ShouldBeFalse(what);
            (built.PlansMatched is not null).ShouldBe(updated, what);
        }
    }
}
