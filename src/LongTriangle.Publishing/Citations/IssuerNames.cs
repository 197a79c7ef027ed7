using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Citations;

/// <summary>
/// The English name of a document's issuer, from the glossary: an issuer line names one or more bodies
/// separated by spaces (中共中央 国务院), and each must be a glossary term (its short form is used, as
/// citations do: "CPC Central Committee and State Council"). Null when any body is not in the glossary:
/// a citation never guesses a name.
/// </summary>
public static class IssuerNames
{
    public static string? English(string? issuer, Glossary glossary)
    {
        if (issuer is null) return null;
        var names = new List<string>();
        foreach (var body in issuer.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (glossary.Find(body) is not { } term) return null;
            names.Add(term.Abbreviation ?? term.En);
        }
        return names.Count switch
        {
            0 => null,
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " and " + names[^1],
        };
    }
}
