using System.Collections.Immutable;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Concordance;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Concordance;

/// <summary>The concordance taken from the build cache is the one computed again, and any change to what it reads computes it again.</summary>
public sealed class ConcordanceCacheTests : IDisposable
{
    private readonly CacheFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The cache as a later build opens it (the same folder, the same tool).</summary>
    private ConcordanceCache Cache() => new(_folder.Open());

    /// <summary>Every link as published (keys, score, strength), and that both ends are the content's own document and clause objects.</summary>
    private static string[] Show(ClauseConcordance concordance, SiteContent content)
    {
        foreach (var link in concordance.All)
        {
            foreach (var end in (ClauseReference[])[link.From, link.To])
            {
                content.Documents.ShouldContain(d => ReferenceEquals(d, end.Document));
                end.Document.Clauses.ShouldContain(c => ReferenceEquals(c, end.Clause));
            }
        }
        return [.. concordance.Links.Select(Line).Append("--").Concat(concordance.Parallels.Select(Line))];
        static string Line(ConcordanceLink l) => $"{l.From.Key} {l.To.Key} {l.Score:R} {l.Strength}";
    }

    [Fact]
    public void The_concordance_from_the_cache_is_the_one_computed_again()
    {
        var content = RepositoryContent.Value;
        var fresh = ConcordanceBuilder.Build(content);
        fresh.Links.Length.ShouldBeGreaterThan(100);
        fresh.Parallels.ShouldNotBeEmpty();

        var first = Cache();
        Show(first.Build(content), content).ShouldBe(Show(fresh, content));
        first.Hit.ShouldBeFalse();

        var later = Cache();
        var cached = later.Build(content);
        later.Hit.ShouldBeTrue();
        Show(cached, content).ShouldBe(Show(fresh, content));
        cached.From(fresh.Links[0].From.Key).Select(l => l.To.Key).ShouldBe(fresh.From(fresh.Links[0].From.Key).Select(l => l.To.Key));
    }

    [Fact]
    public void A_change_to_a_translation_or_a_title_reuses_it_and_a_change_to_any_clause_or_the_order_computes_it_again()
    {
        var content = RepositoryContent.Value;
        Cache().Build(content);
        var plan = content.Documents.First(d => d.RegionId != content.Regions[0].Id);
        var index = content.Documents.IndexOf(plan);
        SiteContent With(PolicyDocument document) => content with { Documents = content.Documents.SetItem(index, document) };

        var cache = Cache();
        cache.Build(content with { Translations = ImmutableSortedDictionary.Create<string, Translation>(StringComparer.Ordinal) });
        cache.Hit.ShouldBeTrue();
        cache.Build(With(plan with { Metadata = plan.Metadata with { Title = plan.Metadata.Title + "（修订）" } }));
        cache.Hit.ShouldBeTrue();

        var clause = plan.Clauses.Index().First(c => !c.Item.IsHeading).Index;
        var changes = new (string What, SiteContent Content)[]
        {
            ("a clause's text", With(plan with { Clauses = plan.Clauses.SetItem(clause, plan.Clauses[clause] with { Text = plan.Clauses[clause].Text + "（修订）" }) })),
            ("a clause's role", With(plan with { Clauses = plan.Clauses.SetItem(clause, plan.Clauses[clause] with { Role = LongTriangle.Content.BlockRole.Closing }) })),
            ("a clause's eId", With(plan with { Clauses = plan.Clauses.SetItem(clause, plan.Clauses[clause] with { Id = LongTriangle.Content.ClauseId.Root("para_999") }) })),
            ("a slug", With(plan with { Metadata = plan.Metadata with { Slug = plan.Slug + "-2" } })),
            ("the order of the documents", content with { Documents = [.. content.Documents.Reverse()] }),
            ("the first region", content with { Regions = [.. content.Regions.Reverse()] }),
        };
        foreach (var (what, changed) in changes)
        {
            var built = cache.Build(changed);
            cache.Hit.ShouldBeFalse(what);
            Show(built, changed).ShouldBe(Show(ConcordanceBuilder.Build(changed), changed), what);
        }
    }
}
