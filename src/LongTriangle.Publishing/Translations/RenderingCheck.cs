using LongTriangle.Publishing.Checking;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Data;

namespace LongTriangle.Publishing.Translations;

/// <summary>
/// Checks each English entry against the Chinese it translates: it records the hash of that Chinese (else
/// it is unstamped) and the hash is current (else it is outdated); every glossary term of the Chinese is
/// rendered with its glossary English or a listed variant; every number, percentage, Latin token and unit
/// of measure is kept. A clause may record an exception for a term or a number, with its reason. The
/// title and the document type are checked against the glossary too.
/// </summary>
public sealed class RenderingCheck(Glossary glossary)
{
    private readonly GlossaryMatcher _glossary = new(glossary);

    public IEnumerable<CheckProblem> Run(PolicyDocument document, Translation translation)
    {
        var problems = new List<CheckProblem>();
        var unstamped = new List<string>();
        foreach (var clause in document.Clauses)
        {
            if (translation.HeadingEntryFor(clause) is { } heading)
                Entry("headings", clause, heading, clause.IsHeading ? clause.Text : clause.RunIn!, translation, problems, unstamped);
            if (!clause.IsHeading && translation.EntryFor(clause) is { } text)
                Entry("clauses", clause, text, clause.Text, translation, problems, unstamped);
        }
        if (unstamped.Count > 0)
            problems.Add(new CheckProblem(translation.File, null,
                $"{unstamped.Count} entries do not record the hash of the Chinese they translate ({Anchors.AnchorCheck.Sample(unstamped)}): run `longtriangle translations stamp` after checking them against the Chinese"));

        if (translation.Title is { Length: > 0 } title)
            foreach (var term in Missing(document.Metadata.Title, title, []))
                problems.Add(new CheckProblem(translation.File, null, $"title: {Describe(term)}"));
        if (translation.Type is { Length: > 0 } type)
            foreach (var term in Missing(document.Metadata.Type, type, []))
                problems.Add(new CheckProblem(translation.File, null, $"type: {Describe(term)}"));
        return problems;
    }

    private void Entry(string section, Clause clause, TranslationEntry entry, string chinese, Translation translation, List<CheckProblem> problems, List<string> unstamped)
    {
        if (!entry.HasEnglish) return;
        var key = $"{section}.{clause.Id.Value}";
        if (entry.ZhHash is null)
        {
            unstamped.Add(key);
        }
        else if (entry.ZhHash != TextHash.Short(chinese))
        {
            problems.Add(new CheckProblem(translation.File, entry.Line,
                $"{key}: translation outdated: the Chinese has changed since this English was written (zh_hash {entry.ZhHash}, now {TextHash.Short(chinese)}); revise the English, then remove zh_hash and stamp again"));
            return;
        }
        foreach (var term in Missing(chinese, entry.English!, entry.Exceptions))
            problems.Add(new CheckProblem(translation.File, entry.Line, $"{key}: {Describe(term)}"));
        foreach (var token in NumberMatcher.TokensIn(chinese))
        {
            if (entry.Exceptions.Any(e => e.Term == token.Text) || NumberMatcher.IsRendered(token, entry.English!)) continue;
            problems.Add(new CheckProblem(translation.File, entry.Line,
                $"{key}: \"{token.Text}\" of the Chinese is missing from the English (write it as {string.Join(" or ", token.Forms.Take(3).Select(f => $"\"{f}\""))})"));
        }
    }

    private IEnumerable<GlossaryTerm> Missing(string chinese, string english, IReadOnlyCollection<GlossaryException> exceptions) =>
        _glossary.TermsIn(chinese)
            .Where(term => !exceptions.Any(e => term.ChineseForms.Contains(e.Term, StringComparer.Ordinal)))
            .Where(term => !_glossary.IsRendered(term, english));

    private static string Describe(GlossaryTerm term) =>
        $"the glossary term {term.Zh} is not rendered as \"{term.En}\"{(term.Abbreviation is { } a ? $" ({a})" : "")} or a listed variant; use it, or record an exception with its reason";
}
