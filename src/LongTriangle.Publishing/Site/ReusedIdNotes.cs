using LongTriangle.Publishing.Content;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Site;

/// <summary>
/// The notice at a reused eId (content/aliases.yml): links made before the date meant the text now at another
/// eId, linked by its heading (or run-in heading) in the page's rendition, else by its place in the citation style.
/// </summary>
public static class ReusedIdNotes
{
    public static ReusedIdNote? For(LocalisedDocument document, Clause clause, Rendition language)
    {
        if (document.ReusedOf(clause) is not { } reused) return null;
        // The site model refuses an entry whose `now` the document lacks, so the target exists here.
        var target = document.Document.Clauses.First(c => c.Id.Value == reused.Now);
        var text = document.Text(target, language);
        var label = target.IsHeading
            ? text.Text
            : text.Language.IsTranslated ? document.Translation.HeadingFor(target) : text.Language.FromAuthoritative(target.RunIn);
        var strings = language.Strings;
        var notice = strings.ReusedIdNotice(strings.Date(ContentDates.Write(reused.Until)));
        var link = label is null
            ? new Link("#" + reused.Now, language.Place(target.Id))
            : new Link("#" + reused.Now, label, text.LangOn(language));
        return new ReusedIdNote(notice, link);
    }
}
