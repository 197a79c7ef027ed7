using System.Collections.Immutable;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Site;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Site;

/// <summary>
/// The digests a page is keyed on, against the repository's own content: a value a page shows of a document (a
/// clause's text or line, its run-in heading, a front-matter field, an English entry, a glossary exception) changes
/// that document's digest and no other's; the English of an Outline clause changes the concordance digest of a plan
/// citing it; the same content gives the same digests.
/// </summary>
public sealed class PageInputsTests
{
    private static SiteContent Repository => RepositoryContent.Value;

    private static readonly PageInputs Original = new(new SiteModel(Repository, SiteBase.Root));

    private static PolicyDocument Plan => Repository.Documents.First(d => d.RegionId != Repository.Regions[0].Id);

    private static SiteContent WithDocument(PolicyDocument changed) =>
        Repository with { Documents = [.. Repository.Documents.Select(d => d.Slug == changed.Slug ? changed : d)] };

    private static SiteContent WithTranslation(string slug, Func<Translation, Translation> change) =>
        Repository with { Translations = Repository.Translations.SetItem(slug, change(Repository.Translations[slug])) };

    private static SiteContent WithClause(Func<Clause, Clause> change)
    {
        var clauses = Plan.Clauses;
        var index = clauses.IndexOf(clauses.First(c => !c.IsHeading));
        return WithDocument(Plan with { Clauses = clauses.SetItem(index, change(clauses[index])) });
    }

    private static SiteContent WithEntry(Func<TranslationEntry, TranslationEntry> change) => WithTranslation(Plan.Slug, t =>
    {
        var (id, entry) = t.Clauses.First(e => e.Value.English is not null);
        return t with { Clauses = t.Clauses.SetItem(id, change(entry)) };
    });

    public static TheoryData<string> Changes => ["text", "line", "run-in", "title", "written", "entry", "reason", "exception", "translated title"];

    private static SiteContent Changed(string what) => what switch
    {
        "text" => WithClause(c => c with { Text = c.Text + "。" }),
        "line" => WithClause(c => c with { Line = c.Line + 1 }),
        "run-in" => WithClause(c => c with { RunIn = (c.RunIn ?? "") + "要点" }),
        "title" => WithDocument(Plan with { Metadata = Plan.Metadata with { Title = Plan.Metadata.Title + "（修订）" } }),
        "written" => WithDocument(Plan with { Metadata = Plan.Metadata with { Written = new DateOnly(2001, 2, 3) } }),
        "entry" => WithEntry(e => e with { English = e.English + " Revised." }),
        "reason" => WithEntry(e => e with { Reason = "checked again" }),
        "exception" => WithEntry(e => e with { Exceptions = e.Exceptions.Add(new GlossaryException("统筹", "a verb here")) }),
        "translated title" => WithTranslation(Plan.Slug, t => t with { Title = t.Title + " (revised)" }),
        _ => throw new ArgumentOutOfRangeException(nameof(what)),
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_change_to_what_a_page_shows_of_a_document_changes_its_digest_and_no_other_s(string what)
    {
        var site = new SiteModel(Repository, SiteBase.Root);
        var after = new SiteModel(Changed(what), SiteBase.Root);
        var changed = new PageInputs(after);
        for (var i = 0; i < site.Documents.Count; i++)
        {
            var (before, now) = (Original.Own(site.Documents[i]), changed.Own(after.Documents[i]));
            if (site.Documents[i].Slug == Plan.Slug) now.ShouldNotBe(before, what);
            else now.ShouldBe(before, what + ": " + site.Documents[i].Slug);
        }
    }

    [Fact]
    public void The_english_of_a_cited_outline_clause_changes_the_concordance_digest_of_a_plan_citing_it()
    {
        var site = new SiteModel(Repository, SiteBase.Root);
        var link = site.Concordance.Links.First(l => site.Localised(l.To.Document).Translation.Clauses.ContainsKey(l.To.Clause.Id.Value));
        var outline = link.To;
        var (id, entry) = (outline.Clause.Id.Value, site.Localised(outline.Document).Translation.Clauses[outline.Clause.Id.Value]);
        var content = WithTranslation(outline.Document.Slug, t => t with { Clauses = t.Clauses.SetItem(id, entry with { English = entry.English + " Revised." }) });
        var after = new SiteModel(content, SiteBase.Root, site.Concordance);
        var plan = site.Localised(link.From.Document);
        new PageInputs(after).Concordance(after.Localised(plan.Document)).ShouldNotBe(Original.Concordance(plan));
        new PageInputs(after).Own(after.Localised(plan.Document)).ShouldBe(Original.Own(plan));
    }

    [Fact]
    public void The_same_content_read_again_gives_the_same_digests()
    {
        var again = new SiteModel(ContentReader.Read(RepositoryRoot.Content), SiteBase.Root);
        var inputs = new PageInputs(again);
        var site = new SiteModel(Repository, SiteBase.Root);
        inputs.Shared.ShouldBe(Original.Shared);
        for (var i = 0; i < site.Documents.Count; i++)
        {
            inputs.Own(again.Documents[i]).ShouldBe(Original.Own(site.Documents[i]));
            inputs.Concordance(again.Documents[i]).ShouldBe(Original.Concordance(site.Documents[i]));
        }
    }
}
