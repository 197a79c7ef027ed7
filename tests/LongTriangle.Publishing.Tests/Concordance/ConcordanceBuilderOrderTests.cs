using LongTriangle.Publishing.Concordance;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Concordance;

/// <summary>
/// The builder prepares and matches plans on every core; its concordance is the one a single thread makes
/// preparing and matching every clause in reading order, link for link and score for score.
/// </summary>
public sealed class ConcordanceBuilderOrderTests
{
    [Fact]
    public void The_concordance_on_every_core_is_the_one_made_in_reading_order_on_the_repository_content()
    {
        var content = RepositoryContent.Value;
        var built = Show(ConcordanceBuilder.Build(content));
        built.Length.ShouldBeGreaterThan(100);
        built.ShouldBe(Show(InReadingOrder(content, ConcordanceMethod.Default)));
    }

    [Fact]
    public void The_concordance_on_every_core_is_the_one_made_in_reading_order_on_a_library_of_copies()
    {
        // Copies under other slugs: more plans than are matched at once, and implemented clauses with copies.
        var content = RepositoryContent.Value;
        var library = content with
        {
            Documents = [.. Enumerable.Range(0, 12).SelectMany(copy => content.Documents.Select(d =>
                d with { Metadata = d.Metadata with { Slug = $"{d.Slug}-{copy:00}" } }))],
        };
        var built = Show(ConcordanceBuilder.Build(library));
        built.Count(l => l == "--").ShouldBe(1);
        built.Length.ShouldBeGreaterThan(1000);
        built.ShouldBe(Show(InReadingOrder(library, ConcordanceMethod.Default)));
    }

    /// <summary>The concordance made on one thread: every clause prepared and matched in reading order, as the builder did before it used every core.</summary>
    private static ClauseConcordance InReadingOrder(SiteContent content, ConcordanceMethod method)
    {
        var implementedRegion = content.Regions[0].Id;
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
                    links.Add(new ConcordanceLink(source.Reference, implemented.Reference, Math.Round(score, 3),
                        score >= method.StrongThreshold ? LinkStrength.Strong : LinkStrength.Related));
                }
            }
        }
        return new ClauseConcordance([.. links], [.. parallels.Links()]);
    }

    private static string[] Show(ClauseConcordance concordance) =>
        [.. concordance.Links.Select(Line).Append("--").Concat(concordance.Parallels.Select(Line))];

    private static string Line(ConcordanceLink link) => $"{link.From.Key} {link.To.Key} {link.Score:R} {link.Strength}";
}
