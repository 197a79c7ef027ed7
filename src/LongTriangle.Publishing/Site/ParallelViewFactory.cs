using LongTriangle.Publishing.Content;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Site;

/// <summary>
/// The side-by-side page: the Chinese text (Simplified, or the page's own script for a converted rendition)
/// beside the translation, one row per eId.
/// </summary>
public static class ParallelViewFactory
{
    public static ParallelView Create(SiteModel site, LocalisedDocument document, Rendition language)
    {
        var strings = language.Strings;
        var original = language.IsTranslated ? Renditions.Authoritative : language;
        var translation = Renditions.Translation;
        var doc = document.Document;
        var title = document.Title(language);
        var frame = site.Frames.Create(
            language, strings.ParallelTitle(title.Text), strings.DocumentDescription(title.Text, document.Issuer(language)?.Text, document.Date),
            SiteUrls.Parallel(language, doc),
            l => SiteUrls.Parallel(l, doc), SiteUrls.Parallel(Renditions.Authoritative, doc),
            [.. DocumentViewFactory.Breadcrumbs(site, document, language),
                new Link(site.Frames.Href(SiteUrls.Document(language, doc)), title.Text, title.LangOn(language))],
            "page-parallel",
            openGraphType: "article");

        var corrections = Correction.From(doc.Provenance).ToLookup(c => c.Eid, StringComparer.Ordinal);
        var rows = doc.Clauses.Select(clause =>
        {
            var translated = document.Text(clause, translation);
            return new ParallelRow(
                clause.Id.Value,
                clause.IsHeading ? clause.Level : 0,
                clause.Role.ClassName() ?? "",
                "#" + clause.Id.Value,
                document.CitationIn(clause, language),
                document.AliasesOf(clause),
                original.FromAuthoritative(clause.Text),
                translated.IsFallback ? null : translated.Text,
                translation.Strings.NotYetTranslated,
                original.FromAuthoritative(clause.RunIn),
                clause.IsHeading ? null : document.Translation.HeadingFor(clause),
                document.StatusOf(clause).Name(),
                document.StatusNote(clause, translation.Strings),
                ConcordanceNotes.For(site, document, clause, language))
            {
                OriginalMarks = clause.IsHeading ? [] : CorrectionMarks.In(clause.Text, corrections[clause.Id.Value], original),
            };

        }).ToList();

        var (previous, next) = DocumentViewFactory.Neighbours(site, document, language, parallel: true);
        return new ParallelView(
            frame,
            title.Text,
            title.LangOn(language),
            strings.AuthoritativeNotice,
            strings.ChineseColumn,
            original.Tag,
            strings.EnglishColumn,
            translation.Tag,
            TableOfContentsBuilder.Build(document, language, "", DocumentViewFactory.OutlineDepth),
            rows,
            new ViewSwitch(site.Frames.Href(SiteUrls.Document(language, doc)), strings.SingleLanguage, "single"),
            previous,
            next)
        {
            OriginalNoteLang = original == language ? null : language.Tag,
        };
    }
}
