using System.Text.RegularExpressions;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Translations;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Site;

/// <summary>
/// The glossary page of one rendition: the terms in the glossary's order, each with the clauses whose
/// Chinese uses it (found as `check` finds them: the longest term wins), grouped by document.
/// </summary>
public static partial class GlossaryViewFactory
{
    public static GlossaryView Create(SiteModel site, Rendition language)
    {
        var strings = language.Strings;
        var glossary = site.Content.Glossary;
        var frame = site.Frames.Create(
            language, strings.Glossary, strings.GlossaryDescription, SiteUrls.Glossary(language),
            SiteUrls.Glossary, SiteUrls.Glossary(Renditions.Authoritative),
            [new Link(site.Frames.Href(SiteUrls.Home(language)), strings.Home)],
            "page-glossary");

        var uses = Uses(site, glossary);
        // The Chinese of each term as the page writes its Chinese: a translation's page shows the authoritative form.
        var chinese = language.IsTranslated ? Renditions.Authoritative : language;
        var translation = Renditions.Translation;
        var terms = glossary.Terms.Select(term => new GlossaryTermView(
            term.Id,
            chinese.FromAuthoritative(term.Zh),
            [.. term.ZhVariants.Select(v => chinese.FromAuthoritative(v))],
            chinese.Tag,
            term.En,
            term.Abbreviation,
            term.Variants,
            translation.Tag,
            // The note is the translation's words; the Chinese it quotes is written as the page writes its Chinese.
            chinese.FromAuthoritative(term.Note),
            term.Source,
            term.Source is { } source && WebAddress().Match(source) is { Success: true } address ? address.Value : null,
            [.. uses[term].Select(use =>
            {
                var title = use.Document.Title(language);
                var page = site.Frames.Href(SiteUrls.Document(language, use.Document.Document));
                return new GlossaryUse(title.Text, title.LangOn(language),
                    [.. use.Clauses.Select(c => new Link(page + "#" + c.Id.Value, ClauseLabel(c, language)))]);
            })])).ToList();
        return new GlossaryView(frame, strings.Glossary, strings.GlossaryIntroduction, strings.GlossaryTermCount(terms.Count), terms,
            IndexesTerms: !language.IsTranslated, IndexesRenderings: language.IsTranslated);
    }

    private static Dictionary<GlossaryTerm, List<(LocalisedDocument Document, List<Clause> Clauses)>> Uses(SiteModel site, Glossary glossary)
    {
        var matcher = new GlossaryMatcher(glossary);
        var uses = glossary.Terms.ToDictionary(t => t, _ => new List<(LocalisedDocument, List<Clause>)>());
        foreach (var document in site.Documents)
        {
            var byTerm = new Dictionary<GlossaryTerm, List<Clause>>();
            foreach (var clause in document.Document.Clauses)
                foreach (var term in matcher.TermsIn(clause.Text))
                    (byTerm.TryGetValue(term, out var list) ? list : byTerm[term] = []).Add(clause);
            foreach (var (term, clauses) in byTerm) uses[term].Add((document, clauses));
        }
        return uses;
    }

    /// <summary>The clause's place in the document without the title: 第八章第一节第1段 / Ch. 8, Sec. 1, para. 1.</summary>
    private static string ClauseLabel(Clause clause, Rendition language) => language.Place(clause.Id);

    [GeneratedRegex(@"https?://[^\s)]+")]
    private static partial Regex WebAddress();
}
