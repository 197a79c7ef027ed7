using LongTriangle.Publishing.Anchors;
using LongTriangle.Publishing.Checking;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Translations;

/// <summary>
/// Checks the English files against the Chinese documents: keys must be eIds of the document (headings
/// under headings, paragraphs under clauses), every heading needs English, and so does the title. The
/// run-in heading of a numbered clause is listed in the outline, so it needs English too, under headings
/// and keyed by the clause's eId. A translation file without its Chinese document is reported too.
/// </summary>
public static class TranslationCheck
{
    public static IReadOnlyList<CheckProblem> Run(SiteContent content)
    {
        var problems = new List<CheckProblem>();
        foreach (var orphan in content.OrphanTranslations)
            problems.Add(new CheckProblem(orphan, null, "there is no Chinese document for this translation (content/zh/<region>/<slug>.md)"));

        foreach (var document in content.Documents)
        {
            var translation = content.TranslationOf(document);
            if (!translation.Exists)
            {
                problems.Add(new CheckProblem(translation.File, null,
                    $"{document.Slug} has no English yet: create this file with its title and the English of its {document.OutlineEntries.Count()} headings"));
                continue;
            }
            var clauses = document.Clauses.ToDictionary(c => c.Id.Value, StringComparer.Ordinal);
            int? Line(string key) => translation.Lines.TryGetValue(key, out var line) ? line : null;

            foreach (var key in translation.Headings.Keys)
            {
                if (!clauses.TryGetValue(key, out var clause))
                    problems.Add(new CheckProblem(translation.File, Line(key), $"headings.{key}: {document.Slug} has no eId {key}"));
                else if (!clause.IsHeading && clause.RunIn is null)
                    problems.Add(new CheckProblem(translation.File, Line(key), $"headings.{key}: {key} is a paragraph without a run-in heading; its English belongs under clauses"));
            }
            foreach (var key in translation.Clauses.Keys)
            {
                if (!clauses.TryGetValue(key, out var clause))
                    problems.Add(new CheckProblem(translation.File, Line(key), $"clauses.{key}: {document.Slug} has no eId {key}"));
                else if (clause.IsHeading)
                    problems.Add(new CheckProblem(translation.File, Line(key), $"clauses.{key}: {key} is a heading; its English belongs under headings"));
            }

            if (translation.Title is not { Length: > 0 } && document.Metadata.TitleEn is not { Length: > 0 })
                problems.Add(new CheckProblem(translation.File, null, $"{document.Slug} has no English title"));
            var outline = document.OutlineEntries.ToList();
            var missing = outline.Where(h => translation.HeadingFor(h) is null).Select(h => h.Id.Value).ToList();
            if (missing.Count > 0)
                problems.Add(new CheckProblem(translation.File, null,
                    $"{missing.Count} of {outline.Count} headings of {document.Slug} have no English: {AnchorCheck.Sample(missing)}"));
        }
        return problems;
    }
}
