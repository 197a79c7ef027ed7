using LongTriangle.Publishing.Concordance;
using LongTriangle.Publishing.Content;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Site;

/// <summary>The compare pages (one per section of the Outline), their index, and the links to them.</summary>
public static class CompareViewFactory
{
    public static CompareView Create(SiteModel site, CompareSection section, Rendition language)
    {
        var strings = language.ConcordanceStrings;
        var ui = language.Strings;
        var document = site.Localised(section.Document);
        var heading = document.Text(section.Heading, language);
        var path = SiteUrls.Compare(language, section.Document, section.Heading.Id.Value);
        var frame = site.Frames.Create(
            language, strings.CompareTitle(heading.Text), strings.CompareDescription(heading.Text),
            path,
            l => SiteUrls.Compare(l, section.Document, section.Heading.Id.Value), SiteUrls.Compare(Renditions.Authoritative, section.Document, section.Heading.Id.Value),
            [.. DocumentViewFactory.Breadcrumbs(site, document, language),
                new Link(site.Frames.Href(SiteUrls.Document(language, section.Document)), document.Title(language).Text, document.Title(language).LangOn(language)),
                new Link(site.Frames.Href(SiteUrls.CompareIndex(language, section.Document)), strings.AllSections)],
            "page-compare");

        var regions = PlanRegions(site);
        var rows = section.Clauses.Select(clause =>
        {
            var (citation, citationLang) = ConcordanceNotes.ShortCitation(site, document, clause, language);
            var text = document.Text(clause, language);
            var links = site.Concordance.To(new ClauseReference(section.Document, clause).Key);
            return new CompareRow(
                clause.Id.Value,
                ConcordanceNotes.ClauseHref(site, new ClauseReference(section.Document, clause), language),
                citation, citationLang, text.Text, text.LangOn(language), text.Language.IsTranslated ? null : text.Language.FromAuthoritative(clause.RunIn),
                [.. regions.Select(region => new CompareCell(region.Name(language), [.. links
                    .Where(l => l.From.Document.RegionId == region.Id)
                    .Select(l => PlanClause(site, l, language))]))])
            {
                Marks = CorrectionMarks.Of(document, clause, text),
                NoteLang = text.LangOn(language) is null ? null : language.Tag,
            };
        }).ToList();

        var sections = site.CompareSections.Where(s => s.Document == section.Document).ToList();
        var index = sections.IndexOf(section);
        Link? LinkTo(int i) => i < 0 || i >= sections.Count ? null : SectionLink(site, sections[i], language);
        return new CompareView(
            frame, heading.Text, heading.LangOn(language), strings.CompareIntroduction, strings.OutlineColumn,
            [.. regions.Select(r => r.Name(language))], rows, strings.NothingFound, strings.AlsoIn,
            LinkTo(index - 1), LinkTo(index + 1),
            new Link(site.Frames.Href(SiteUrls.CompareIndex(language, section.Document)), strings.AllSections));
    }

    public static CompareIndexView CreateIndex(SiteModel site, LocalisedDocument document, Rendition language)
    {
        var strings = language.ConcordanceStrings;
        var title = document.Title(language);
        var path = SiteUrls.CompareIndex(language, document.Document);
        var frame = site.Frames.Create(
            language, strings.CompareIndexTitle(title.Text), strings.CompareIndexIntroduction, path,
            l => SiteUrls.CompareIndex(l, document.Document), SiteUrls.CompareIndex(Renditions.Authoritative, document.Document),
            [.. DocumentViewFactory.Breadcrumbs(site, document, language),
                new Link(site.Frames.Href(SiteUrls.Document(language, document.Document)), title.Text, title.LangOn(language))],
            "page-compare-index");
        return new CompareIndexView(frame, strings.CompareIndexTitle(title.Text), strings.CompareIndexIntroduction,
            [.. site.CompareSections.Where(s => s.Document == document.Document).Select(s => new CompareSectionLink(
                SectionLink(site, s, language),
                strings.ClauseCount(s.Clauses.Sum(c => site.Concordance.To(new ClauseReference(s.Document, c).Key).Length))))]);
    }

    /// <summary>Beside the Outline's contents: every compare page of the document.</summary>
    public static CompareLinks? LinksFor(SiteModel site, LocalisedDocument document, Rendition language)
    {
        var sections = site.CompareSections.Where(s => s.Document == document.Document).ToList();
        return sections.Count == 0 ? null : new CompareLinks(
            language.ConcordanceStrings.CompareWithPlans,
            [.. sections.Select(s => SectionLink(site, s, language))]);
    }

    /// <summary>On a region's page: the compare pages of the sections its plans implement (all of them for the Outline's region).</summary>
    public static CompareLinks? LinksFor(SiteModel site, Region region, Rendition language)
    {
        var keys = site.Concordance.Links.Where(l => l.From.Document.RegionId == region.Id).Select(l => l.To.Key).ToHashSet(StringComparer.Ordinal);
        var sections = site.CompareSections
            .Where(s => s.Document.RegionId == region.Id || s.Clauses.Any(c => keys.Contains(new ClauseReference(s.Document, c).Key)))
            .ToList();
        var strings = language.ConcordanceStrings;
        return sections.Count == 0 ? null : new CompareLinks(
            sections.All(s => s.Document.RegionId == region.Id) ? strings.CompareWithPlans : strings.CompareWithOutline,
            [.. sections.Select(s => SectionLink(site, s, language))]);
    }

    private static Link SectionLink(SiteModel site, CompareSection section, Rendition language)
    {
        var document = site.Localised(section.Document);
        var text = document.Text(section.Heading, language);
        return new Link(site.Frames.Href(SiteUrls.Compare(language, section.Document, section.Heading.Id.Value)), text.Text, text.LangOn(language));
    }

    /// <summary>The regions that have plans: every region with documents after the implemented one.</summary>
    private static List<Region> PlanRegions(SiteModel site) =>
        [.. site.Content.Regions.Skip(1).Where(r => site.Documents.Any(d => d.Region.Id == r.Id))];

    private static CompareClause PlanClause(SiteModel site, ConcordanceLink link, Rendition language)
    {
        var document = site.Localised(link.From.Document);
        var (citation, citationLang) = ConcordanceNotes.ShortCitation(site, document, link.From.Clause, language);
        var text = document.Text(link.From.Clause, language);
        return new CompareClause(
            ConcordanceNotes.ClauseHref(site, link.From, language), citation, citationLang,
            ConcordanceNotes.StrengthClass(link.Strength), ConcordanceNotes.StrengthLabel(link.Strength, language.ConcordanceStrings),
            text.Text, text.LangOn(language), text.Language.IsTranslated ? null : text.Language.FromAuthoritative(link.From.Clause.RunIn),
            ConcordanceNotes.AlsoIn(site, link.From.Key, language))
        {
            Marks = CorrectionMarks.Of(document, link.From.Clause, text),
            NoteLang = text.LangOn(language) is null ? null : language.Tag,
        };
    }
}
