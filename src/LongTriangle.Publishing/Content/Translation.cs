using System.Collections.Immutable;

namespace LongTriangle.Publishing.Content;

/// <summary>
/// The English of one document (<c>content/en/&lt;region&gt;/&lt;slug&gt;.yml</c>): title, type, headings and
/// optional clause translations, keyed by the Chinese document's eIds. A clause's run-in heading is a
/// heading too: its English sits under headings, keyed by the clause's eId.
/// </summary>
/// <param name="Lines">The line of each key in the file, for messages.</param>
/// <param name="Exists">False when the document has no English file yet.</param>
public sealed record Translation(
    string File,
    string? Title,
    string? Type,
    ImmutableSortedDictionary<string, string> Headings,
    ImmutableSortedDictionary<string, string> Clauses,
    ImmutableSortedDictionary<string, int> Lines,
    bool Exists = true)
{
    /// <summary>The translation of a document that has no English file yet.</summary>
    public static Translation Empty(string file, bool exists = false) =>
        new(file, null, null, ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal),
            ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal),
            ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal), exists);

    /// <summary>The English text of a heading or clause, or null when it has none yet.</summary>
    public string? For(Clause clause)
    {
        var table = clause.IsHeading ? Headings : Clauses;
        return table.TryGetValue(clause.Id.Value, out var text) && text.Trim().Length > 0 ? text : null;
    }

    /// <summary>The English of a heading, or of a paragraph's run-in heading; null when it has none yet.</summary>
    public string? HeadingFor(Clause clause) =>
        (clause.IsHeading || clause.RunIn is not null)
        && Headings.TryGetValue(clause.Id.Value, out var text) && text.Trim().Length > 0 ? text : null;
}
