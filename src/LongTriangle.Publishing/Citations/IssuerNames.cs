using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Citations;

/// <summary>
/// The English name of a document's issuer, from the glossary: an issuer line names one or more bodies
/// separated by spaces (中共中央 国务院), and each must be a glossary term. Null when any body is not in
/// the glossary: a page or citation never guesses a name.
/// </summary>
public static class IssuerNames
{
    /// <summary>For the translation's citations, each body's short form: "CPC Central Committee and State Council".</summary>
    public static string? Cited(string? issuer, Glossary glossary)
    {
        if (Terms(issuer, glossary) is not { } terms) return null;
        var names = terms.Select(t => t.Abbreviation ?? t.En).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1];
    }

    /// <summary>
    /// For "Issued by" on English pages, each body's full official name, listed as the issuer line lists
    /// them: "Central Committee of the Communist Party of China, State Council".
    /// </summary>
    public static string? Official(string? issuer, Glossary glossary) =>
        Terms(issuer, glossary) is { } terms ? string.Join(", ", terms.Select(t => t.En)) : null;

    private static List<GlossaryTerm>? Terms(string? issuer, Glossary glossary)
    {
        if (issuer is null) return null;
        var terms = new List<GlossaryTerm>();
        foreach (var body in issuer.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (glossary.Find(body) is not { } term) return null;
            terms.Add(term);
        }
        return terms.Count == 0 ? null : terms;
    }
}
