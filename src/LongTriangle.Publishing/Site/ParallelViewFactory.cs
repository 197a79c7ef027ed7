using LongTriangle.Publishing.Content;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Site;

/// <summary>The side-by-side page: both languages, one row per eId.</summary>
public static class ParallelViewFactory
{
    public static ParallelView Create(SiteModel site, LocalisedDocument document, Language language)
    {
        var strings = FrameFactory.StringsFor(language);
        var doc = document.Document;
        var title = document.Title(language);
        var frame = site.Frames.Create(
            language, strings.ParallelTitle(title.Text), strings.DocumentDescription(title.Text, document.Issuer(language)?.Text, document.Date),
            SiteUrls.Parallel(language, doc),
            SiteUrls.Parallel(Language.Zh, doc), SiteUrls.Parallel(Language.En, doc), SiteUrls.Parallel(Language.Zh, doc),
            [.. DocumentViewFactory.Breadcrumbs(site, document, language),
                new Link(site.Frames.Href(SiteUrls.Document(language, doc)), title.Text, title.LangOn(language))],
            "page-parallel",
            openGraphType: "article");

        var rows = doc.Clauses.Select(clause =>
        {
            var citation = document.Cite(clause);
            var english = document.Text(clause, Language.En);
            return new ParallelRow(
                clause.Id.Value,
                clause.IsHeading ? clause.Level : 0,
                DocumentViewFactory.Role(clause),
                "#" + clause.Id.Value,
                citation.Zh,
                citation.En,
                document.AliasesOf(clause),
                clause.Text,
                english.IsFallback ? null : english.Text,
                FrameFactory.StringsFor(Language.En).NotYetTranslated,
                clause.RunIn,
                clause.IsHeading ? null : document.Translation.HeadingFor(clause),
                document.StatusOf(clause).Name(),
                document.StatusNote(clause, FrameFactory.StringsFor(Language.En)),
                ConcordanceNotes.For(site, document, clause, language));

        }).ToList();

        var (previous, next) = DocumentViewFactory.Neighbours(site, document, language, parallel: true);
        return new ParallelView(
            frame,
            title.Text,
            title.LangOn(language),
            strings.AuthoritativeNotice,
            strings.ChineseColumn,
            strings.EnglishColumn,
            OutlineBuilder.Build(document, language, "", DocumentViewFactory.OutlineDepth),
            rows,
            new ViewSwitch(site.Frames.Href(SiteUrls.Document(language, doc)), strings.SingleLanguage, "single"),
            previous,
            next);
    }
}
