using LongTriangle.Publishing.Citations;
using LongTriangle.Publishing.Concordance;
using LongTriangle.Publishing.Content;
using LongTriangle.Theme.Models;
using LongTriangle.Theme.Strings;

namespace LongTriangle.Publishing.Site;

/// <summary>
/// The concordance under a clause, in the page's language: on a plan's clause the Outline clauses it
/// implements and the clauses of other regions' plans on the same measure; on an Outline clause the plans' clauses implementing it, with a short excerpt and a link
/// to the section's compare page.
/// </summary>
public static class ConcordanceNotes
{
    /// <summary>Chinese characters of an excerpt when the clause has no run-in heading.</summary>
    private const int ExcerptCharacters = 24;

    /// <summary>Letters of an English excerpt.</summary>
    private const int EnglishExcerptCharacters = 90;

    public static ConcordanceNote? For(SiteModel site, LocalisedDocument document, Clause clause, Rendition language)
    {
        if (clause.IsHeading) return null;
        var key = new ClauseReference(document.Document, clause).Key;
        var strings = language.ConcordanceStrings;
        var implements = site.Concordance.From(key);
        if (implements.Length > 0)
        {
            return new ConcordanceNote(strings.Implements, [.. implements.Select(link =>
            {
                var target = site.Localised(link.To.Document);
                var (citation, lang) = ShortCitation(site, target, link.To.Clause, language);
                return new ConcordanceEntry(ClauseHref(site, link.To, language), citation, lang, null,
                    StrengthClass(link.Strength), StrengthLabel(link.Strength, strings), null, null);
            })], null, strings.AlsoIn, AlsoIn(site, key, language));
        }
        var implementedIn = site.Concordance.To(key);
        if (implementedIn.Length == 0) return null;
        var section = site.CompareSections.FirstOrDefault(s => s.Document == document.Document && s.Clauses.Contains(clause));
        return new ConcordanceNote(
            strings.ImplementedIn,
            [.. implementedIn
                .OrderBy(l => site.RegionOrder(l.From.Document))
                .ThenByDescending(l => l.Score)
                .ThenBy(l => l.From.Key, StringComparer.Ordinal)
                .Select(link => PlanEntry(site, link, language))],
            section is null ? null : new Link(
                site.Frames.Href(SiteUrls.Compare(language, section.Document, section.Heading.Id.Value)) + "#" + clause.Id.Value,
                strings.CompareSection));
    }

    public static ConcordanceEntry PlanEntry(SiteModel site, ConcordanceLink link, Rendition language) =>
        PlanClauseEntry(site, link.From, link.Strength, language);

    /// <summary>The same measure in other regions' plans, in the order of the site's regions, then best first.</summary>
    public static IReadOnlyList<ConcordanceEntry> AlsoIn(SiteModel site, string key, Rendition language) =>
        [.. site.Concordance.AlsoIn(key)
            .OrderBy(l => site.RegionOrder(l.To.Document))
            .ThenByDescending(l => l.Score)
            .ThenBy(l => l.To.Key, StringComparer.Ordinal)
            .Select(link => PlanClauseEntry(site, link.To, link.Strength, language))];

    private static ConcordanceEntry PlanClauseEntry(SiteModel site, ClauseReference clause, LinkStrength strength, Rendition language)
    {
        var source = site.Localised(clause.Document);
        var (citation, lang) = ShortCitation(site, source, clause.Clause, language);
        var (excerpt, excerptLang) = Excerpt(source, clause.Clause, language);
        return new ConcordanceEntry(ClauseHref(site, clause, language), citation, lang, source.Region.Name(language),
            StrengthClass(strength), StrengthLabel(strength, language.ConcordanceStrings), excerpt, excerptLang);
    }

    public static string ClauseHref(SiteModel site, ClauseReference reference, Rendition language) =>
        site.Frames.Href(SiteUrls.Document(language, reference.Document)) + "#" + reference.Clause.Id.Value;

    /// <summary>
    /// 《规划纲要》第九章第二节第1段 / Outline, Ch. 9, Sec. 2, para. 1: the site's citation with the document's
    /// type for its title, or its full title when its region has several documents of that type.
    /// </summary>
    public static (string Text, string? Lang) ShortCitation(SiteModel site, LocalisedDocument document, Clause clause, Rendition language)
    {
        var sameType = 0;
        foreach (var other in site.DocumentsIn(document.Region))
            if (other.Document.Metadata.Type == document.Document.Metadata.Type) sameType++;
        var authoritative = sameType > 1 ? document.Document.Metadata.Title : document.Document.Metadata.Type;
        var translated = sameType > 1 ? document.Title(Renditions.Translation) : document.Type(Renditions.Translation);
        return (language.Cite(clause.Id, new CitedDocument(authoritative), new CitedDocument(translated.Text)),
            language.IsTranslated ? translated.LangOn(language) : null);
    }

    /// <summary>The clause's run-in heading, else its opening words, in the page's language when translated.</summary>
    public static (string Text, string? Lang) Excerpt(LocalisedDocument document, Clause clause, Rendition language)
    {
        if (language.IsTranslated && document.Translation.HeadingFor(clause) is { Length: > 0 } heading)
            return (heading, null);
        var text = document.Text(clause, language);
        if (!text.Language.IsTranslated && clause.RunIn is { Length: > 0 } runIn)
            return (text.Language.FromAuthoritative(runIn), text.LangOn(language));
        var limit = text.Language.IsTranslated ? EnglishExcerptCharacters : ExcerptCharacters;
        return (Shorten(text.Text, limit), text.LangOn(language));
    }

    private static string Shorten(string text, int limit)
    {
        if (text.Length <= limit) return text;
        var cut = text[..limit];
        var space = cut.LastIndexOf(' ');
        return (space > limit / 2 ? cut[..space] : cut).TrimEnd('，', ',', '、', ' ') + "…";
    }

    public static string StrengthClass(LinkStrength strength) => strength == LinkStrength.Strong ? "strong" : "related";

    public static string StrengthLabel(LinkStrength strength, ConcordanceStrings strings) =>
        strength == LinkStrength.Strong ? strings.Strong : strings.Related;
}
