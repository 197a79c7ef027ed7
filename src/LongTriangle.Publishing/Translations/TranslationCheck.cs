using LongTriangle.Publishing.Anchors;
using LongTriangle.Publishing.Checking;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Translations;

/// <summary>
/// Checks the English files against the Chinese documents: keys must be eIds of the document (headings
/// under headings, paragraphs under clauses); every heading, run-in heading and clause needs English or
/// an explicit reason; the title needs English that agrees with the sidecar's title_en; and every English
/// entry is checked by <see cref="RenderingCheck"/> (hash, glossary, numbers). A translation file without
/// its Chinese document is reported too.
/// </summary>
public static class TranslationCheck
{
    public static IReadOnlyList<CheckProblem> Run(SiteContent content)
    {
        var problems = new List<CheckProblem>();
        var rendering = new RenderingCheck(content.Glossary);
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
            problems.AddRange(Keys(document, translation));
            problems.AddRange(Titles(document, translation));

            var outline = document.OutlineEntries.ToList();
            var missing = outline.Where(h => translation.HeadingStatusOf(h) == TranslationStatus.Untranslated).Select(h => h.Id.Value).ToList();
            if (missing.Count > 0)
                problems.Add(new CheckProblem(translation.File, null,
                    $"{missing.Count} of {outline.Count} headings of {document.Slug} have no English: {AnchorCheck.Sample(missing)}"));

            var paragraphs = document.Clauses.Where(c => !c.IsHeading).ToList();
            var untranslated = paragraphs.Where(c => translation.StatusOf(c) == TranslationStatus.Untranslated).Select(c => c.Id.Value).ToList();
            if (untranslated.Count > 0)
                problems.Add(new CheckProblem(translation.File, null,
                    $"{untranslated.Count} of {paragraphs.Count} clauses of {document.Slug} have neither English nor a reason: {AnchorCheck.Sample(untranslated)}"));

            problems.AddRange(rendering.Run(document, translation));
        }
        return problems;
    }

    private static IEnumerable<CheckProblem> Keys(PolicyDocument document, Translation translation)
    {
        var clauses = document.Clauses.ToDictionary(c => c.Id.Value, StringComparer.Ordinal);
        foreach (var (key, entry) in translation.Headings)
        {
            if (!clauses.TryGetValue(key, out var clause))
                yield return new CheckProblem(translation.File, entry.Line, $"headings.{key}: {document.Slug} has no eId {key}");
            else if (!clause.IsHeading && clause.RunIn is null)
                yield return new CheckProblem(translation.File, entry.Line, $"headings.{key}: {key} is a paragraph without a run-in heading; its English belongs under clauses");
        }
        foreach (var (key, entry) in translation.Clauses)
        {
            if (!clauses.TryGetValue(key, out var clause))
                yield return new CheckProblem(translation.File, entry.Line, $"clauses.{key}: {document.Slug} has no eId {key}");
            else if (clause.IsHeading)
                yield return new CheckProblem(translation.File, entry.Line, $"clauses.{key}: {key} is a heading; its English belongs under headings");
        }
    }

    /// <summary>
    /// One English title per document: content/en's title and the front matter's title_en (which the
    /// converter copies from the seed's sidecar, and `convert --check` keeps in step with it) must agree.
    /// </summary>
    private static IEnumerable<CheckProblem> Titles(PolicyDocument document, Translation translation)
    {
        var sidecar = document.Metadata.TitleEn is { Length: > 0 } t ? t : null;
        if (translation.Title is not { Length: > 0 } title)
        {
            if (sidecar is null) yield return new CheckProblem(translation.File, null, $"{document.Slug} has no English title");
            yield break;
        }
        if (sidecar is not null && sidecar != title)
            yield return new CheckProblem(translation.File, null,
                $"title: \"{title}\" differs from title_en \"{sidecar}\" of {document.SourceFile} (set in the seed's sidecar); a document has one English title");
    }
}
