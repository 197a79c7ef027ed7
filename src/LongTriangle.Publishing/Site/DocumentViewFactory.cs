using LongTriangle.Publishing.Content;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Site;

/// <summary>A document page in one rendition: metadata, outline, every clause with its id and citations.</summary>
public static class DocumentViewFactory
{
    /// <summary>The sidebar outline shows headings down to ####.</summary>
    public const int OutlineDepth = 4;

    public static DocumentView Create(SiteModel site, LocalisedDocument document, Rendition language)
    {
        var strings = language.Strings;
        var doc = document.Document;
        var title = document.Title(language);
        var href = site.Frames.Href(SiteUrls.Document(language, doc));
        var frame = site.Frames.Create(
            language, title.Text, strings.DocumentDescription(title.Text, document.Issuer(language)?.Text, document.Date),
            SiteUrls.Document(language, doc),
            l => SiteUrls.Document(l, doc), SiteUrls.Document(Renditions.Authoritative, doc),
            Breadcrumbs(site, document, language),
            "page-document",
            openGraphType: "article");

        var corrections = Correction.From(doc.Provenance).ToLookup(c => c.Eid, StringComparer.Ordinal);
        var clauses = doc.Clauses.Select((clause, index) =>
        {
            var text = document.Text(clause, language);
            var runInEn = clause.IsHeading ? null : document.Translation.HeadingFor(clause);
            return new ClauseView(
                clause.Id.Value,
                clause.IsHeading ? clause.Level : 0,
                text.Text,
                text.LangOn(language),
                text.IsFallback,
                clause.Role.ClassName() ?? "",
                "#" + clause.Id.Value,
                document.CitationIn(clause, language),
                document.AliasesOf(clause),
                // Where the English heading stands before the Chinese, one bold run is enough.
                text.Language.IsTranslated ? runInEn : text.IsFallback && runInEn is not null ? null : text.Language.FromAuthoritative(clause.RunIn),
                text.IsFallback && runInEn is not null ? new Gloss(RunInGloss.For(runInEn, text.Text), language.Tag) : null,
                document.StatusOf(clause).Name(),
                language.IsTranslated ? document.StatusNote(clause, strings) : null,
                ConcordanceNotes.For(site, document, clause, language))
            {
                // Corrections are places in the Chinese text, marked wherever the Chinese is shown (converted or not);
                // a translation has its own wording, so under it a note says the Chinese it translates was corrected.
                Marks = CorrectionMarks.Of(document, clause, text),
                NoteLang = text.LangOn(language) is null ? null : language.Tag,
                CorrectionNotes = text.Language.IsTranslated && !clause.IsHeading
                    ? [.. corrections[clause.Id.Value].Select(c => new CorrectionNote(c.After, c.Before, c.Reason, Renditions.Authoritative.Tag))]
                    : [],
                Reused = ReusedIdNotes.For(document, clause, language),
                OpensFragment = clause.Role == BlockRole.Fragment && (index == 0 || doc.Clauses[index - 1].Role != BlockRole.Fragment),
            };
        }).ToList();

        var (previous, next) = Neighbours(site, document, language, parallel: false);
        return new DocumentView(
            frame,
            title.Text,
            title.LangOn(language),
            strings.AuthoritativeNotice,
            MetadataFactory.Create(site, document, language),
            TableOfContentsBuilder.Build(document, language, "", OutlineDepth),
            clauses,
            new ViewSwitch(site.Frames.Href(SiteUrls.Parallel(language, doc)), strings.SideBySide, "parallel"),
            previous,
            next,
            CompareViewFactory.LinksFor(site, document, language),
            language.IsTranslated ? null : document.TranslatedTitle)
        {
            Downloads = DownloadLinks(site, document, language),
        };
    }

    /// <summary>The PDF of this language (when the build prints PDFs), the sources and the JSON.</summary>
    private static List<Link> DownloadLinks(SiteModel site, LocalisedDocument document, Rendition language)
    {
        var strings = language.Strings;
        var doc = document.Document;
        var links = new List<Link>();
        if (site.HasPdfs) links.Add(new Link(site.Frames.Href(SiteUrls.Pdf(language, doc)), strings.PdfDownload));
        links.Add(new Link(site.Frames.Href(SiteUrls.Markdown(doc)), strings.MarkdownDownload));
        if (document.Translation.Exists && File.Exists(Downloads.DownloadFiles.TranslationSource(site.Content, doc)))
            links.Add(new Link(site.Frames.Href(SiteUrls.TranslationSource(doc)), strings.TranslationDownload));
        links.Add(new Link(site.Frames.Href(SiteUrls.Data(doc)), strings.JsonDownload));
        return links;
    }

    public static IReadOnlyList<Link> Breadcrumbs(SiteModel site, LocalisedDocument document, Rendition language) =>
    [
        new Link(site.Frames.Href(SiteUrls.Home(language)), language.Strings.Home),
        new Link(site.Frames.Href(SiteUrls.Region(language, document.Region.Id)), document.Region.Name(language)),
    ];

    public static (Link? Previous, Link? Next) Neighbours(SiteModel site, LocalisedDocument document, Rendition language, bool parallel)
    {
        var siblings = site.DocumentsIn(document.Region);
        var index = -1;
        for (var i = 0; i < siblings.Count && index < 0; i++)
            if (siblings[i].Slug == document.Slug) index = i;
        Link? LinkTo(int i)
        {
            if (i < 0 || i >= siblings.Count) return null;
            var title = siblings[i].Title(language);
            var path = parallel ? SiteUrls.Parallel(language, siblings[i].Document) : SiteUrls.Document(language, siblings[i].Document);
            return new Link(site.Frames.Href(path), title.Text, title.LangOn(language));
        }
        return (LinkTo(index - 1), LinkTo(index + 1));
    }
}
