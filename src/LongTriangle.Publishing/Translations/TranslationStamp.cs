using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Data;

namespace LongTriangle.Publishing.Translations;

/// <summary>
/// What `longtriangle translations stamp` records: for every English heading and clause that has no zh_hash
/// yet (a plain string as translators write it), the hash of the Chinese it translates as that Chinese is
/// now. Entries that already carry a hash keep it, so an outdated translation stays outdated until
/// someone revises it and removes the old hash. Keys that are not eIds of the document are left as they are.
/// </summary>
public static class TranslationStamp
{
    /// <summary>One document's English with the entries in document order, and how many got a hash.</summary>
    public sealed record Stamped(
        PolicyDocument Document,
        Translation Translation,
        IReadOnlyList<(string Key, TranslationEntry Entry)> Headings,
        IReadOnlyList<(string Key, TranslationEntry Entry)> Clauses,
        int Count);

    public static Stamped Plan(PolicyDocument document, Translation translation)
    {
        var count = 0;
        TranslationEntry StampOne(TranslationEntry entry, string chinese)
        {
            if (!entry.HasEnglish || entry.ZhHash is not null) return entry;
            count++;
            return entry with { ZhHash = TextHash.Short(chinese) };
        }

        var headings = new List<(string, TranslationEntry)>();
        var clauses = new List<(string, TranslationEntry)>();
        foreach (var clause in document.Clauses)
        {
            if (translation.HeadingEntryFor(clause) is { } heading)
                headings.Add((clause.Id.Value, StampOne(heading, clause.IsHeading ? clause.Text : clause.RunIn!)));
            if (!clause.IsHeading && translation.EntryFor(clause) is { } text)
                clauses.Add((clause.Id.Value, StampOne(text, clause.Text)));
        }
        // Keys the document does not have stay, unchanged, after the known ones: the check reports them.
        headings.AddRange(translation.Headings.Where(h => !headings.Any(k => k.Item1 == h.Key)).Select(h => (h.Key, h.Value)));
        clauses.AddRange(translation.Clauses.Where(c => !clauses.Any(k => k.Item1 == c.Key)).Select(c => (c.Key, c.Value)));
        return new Stamped(document, translation, headings, clauses, count);
    }
}
