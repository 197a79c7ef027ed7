using System.Collections.Immutable;
using LongTriangle.Publishing.Data;

namespace LongTriangle.Publishing.Content;

/// <summary>
/// The English of one document (<c>content/en/&lt;region&gt;/&lt;slug&gt;.yml</c>): title, type, headings and
/// clause translations, keyed by the Chinese document's eIds. A clause's run-in heading is a heading too:
/// its English sits under headings, keyed by the clause's eId. Each entry records the hash of the Chinese
/// it translates, so English written for an earlier Chinese text is known as outdated.
/// </summary>
/// <param name="Exists">False when the document has no English file yet.</param>
public sealed record Translation(
    string File,
    string? Title,
    string? Type,
    ImmutableSortedDictionary<string, TranslationEntry> Headings,
    ImmutableSortedDictionary<string, TranslationEntry> Clauses,
    bool Exists = true)
{
    /// <summary>
    /// The English of the front matter's descriptions of missing parts (completeness.missing), keyed by the
    /// Chinese description; a description whose Chinese changed no longer matches and shows in Chinese.
    /// </summary>
    public ImmutableSortedDictionary<string, string> Missing { get; init; } = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>The translation of a document that has no English file yet.</summary>
    public static Translation Empty(string file, bool exists = false) =>
        new(file, null, null, ImmutableSortedDictionary.Create<string, TranslationEntry>(StringComparer.Ordinal),
            ImmutableSortedDictionary.Create<string, TranslationEntry>(StringComparer.Ordinal), exists);

    /// <summary>The entry that translates the clause's text (a heading's under headings, a paragraph's under clauses).</summary>
    public TranslationEntry? EntryFor(Clause clause) =>
        (clause.IsHeading ? Headings : Clauses).TryGetValue(clause.Id.Value, out var entry) ? entry : null;

    /// <summary>The entry that translates a heading, or a paragraph's run-in heading.</summary>
    public TranslationEntry? HeadingEntryFor(Clause clause) =>
        (clause.IsHeading || clause.RunIn is not null) && Headings.TryGetValue(clause.Id.Value, out var entry) ? entry : null;

    /// <summary>The English text of a heading or clause (outdated English included), or null when it has none.</summary>
    public string? For(Clause clause) => EntryFor(clause) is { HasEnglish: true } entry ? entry.English : null;

    /// <summary>The English of a heading, or of a paragraph's run-in heading; null when it has none yet.</summary>
    public string? HeadingFor(Clause clause) => HeadingEntryFor(clause) is { HasEnglish: true } entry ? entry.English : null;

    /// <summary>Where the English of the clause's text stands.</summary>
    public TranslationStatus StatusOf(Clause clause) => Status(EntryFor(clause), clause.Text);

    /// <summary>Where the English of a heading, or of a paragraph's run-in heading, stands.</summary>
    public TranslationStatus HeadingStatusOf(Clause clause) =>
        Status(HeadingEntryFor(clause), clause.IsHeading ? clause.Text : clause.RunIn ?? clause.Text);

    /// <summary>
    /// An entry without a hash (a plain string nobody has stamped yet) counts as translated: `check`
    /// reports it until `longtriangle translations stamp` records the hash.
    /// </summary>
    public static TranslationStatus Status(TranslationEntry? entry, string chinese) => entry switch
    {
        null => TranslationStatus.Untranslated,
        { HasEnglish: false, Reason: { Length: > 0 } } => TranslationStatus.Omitted,
        { HasEnglish: false } => TranslationStatus.Untranslated,
        { ZhHash: { } hash } when hash != TextHash.Short(chinese) => TranslationStatus.Outdated,
        _ => TranslationStatus.Translated,
    };
}
