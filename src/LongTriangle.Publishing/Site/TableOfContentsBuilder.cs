using LongTriangle.Publishing.Content;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Site;

/// <summary>
/// Builds a nested table of contents from a document's outline entries (headings and numbered clauses'
/// run-in headings), down to a given level.
/// </summary>
public static class TableOfContentsBuilder
{
    public static IReadOnlyList<TocEntry> Build(LocalisedDocument document, Rendition language, string pageHref, int deepestLevel)
    {
        var headings = document.Document.OutlineEntries.Where(h => h.OutlineLevel <= deepestLevel).ToList();
        var index = 0;
        return Children(headings, ref index, level: 0, document, language, pageHref);
    }

    private static List<TocEntry> Children(List<Clause> headings, ref int index, int level, LocalisedDocument document, Rendition language, string pageHref)
    {
        var entries = new List<TocEntry>();
        while (index < headings.Count && headings[index].OutlineLevel > level)
        {
            var heading = headings[index++];
            var text = document.OutlineText(heading, language);
            var children = Children(headings, ref index, heading.OutlineLevel!.Value, document, language, pageHref);
            entries.Add(new TocEntry(text.Text, pageHref + "#" + heading.Id.Value, heading.Id.Value, text.LangOn(language), children));
        }
        return entries;
    }
}
