using LongTriangle.Publishing.Content;
using LongTriangle.Theme.Models;

namespace LongTriangle.Publishing.Site;

/// <summary>
/// Where the editor's corrections stand in a clause's text. An erratum replaces a phrase with enough
/// context to be unique (虹桥外贸贸易 → 虹桥海外贸易); the mark covers only what changed (海外, where the
/// copy read 外贸), found by trimming what the two readings share at either end.
/// </summary>
public static class CorrectionMarks
{
    /// <summary>
    /// The marks in a clause's text as <paramref name="rendition"/> shows it (<paramref name="authoritative"/>
    /// converted for a converted rendition). A conversion changes character forms only, so a place keeps its
    /// meaning; its position is found by converting the text before it, and what the source copy read is
    /// converted like the text around it.
    /// </summary>
    public static IReadOnlyList<TextMark> In(string authoritative, IEnumerable<Correction> corrections, Rendition rendition)
    {
        var marks = In(authoritative, corrections);
        if (rendition.Conversion is null || marks.Count == 0) return marks;
        var converted = rendition.FromAuthoritative(authoritative);
        var mapped = new List<TextMark>();
        foreach (var mark in marks)
        {
            var start = rendition.FromAuthoritative(authoritative[..mark.Start]).Length;
            var end = rendition.FromAuthoritative(authoritative[..(mark.Start + mark.Length)]).Length;
            if (end < start || end > converted.Length) continue; // cannot happen for a character-form conversion; never a wrong mark
            mapped.Add(mark with { Start = start, Length = end - start, SourceReading = rendition.FromAuthoritative(mark.SourceReading) });
        }
        return mapped;
    }

    /// <summary>The marks in a clause's text as a page shows it: none on a heading or on a translation's own words (they have their own wording).</summary>
    public static IReadOnlyList<TextMark> Of(LocalisedDocument document, Clause clause, LocalisedText text) =>
        clause.IsHeading || text.Language.IsTranslated
            ? []
            : In(clause.Text, Correction.From(document.Document.Provenance).Where(c => c.Eid == clause.Id.Value), text.Language);

    public static IReadOnlyList<TextMark> In(string text, IEnumerable<Correction> corrections)
    {
        var marks = new List<TextMark>();
        foreach (var correction in corrections)
        {
            if (correction.After.Length == 0) continue; // a deletion of the whole find leaves nothing to anchor the mark to
            var prefix = 0;
            while (prefix < correction.Before.Length && prefix < correction.After.Length && correction.Before[prefix] == correction.After[prefix]) prefix++;
            var suffix = 0;
            while (suffix < correction.Before.Length - prefix && suffix < correction.After.Length - prefix
                   && correction.Before[^(suffix + 1)] == correction.After[^(suffix + 1)]) suffix++;
            var sourceReading = correction.Before[prefix..^suffix];
            var length = correction.After.Length - prefix - suffix;
            for (var at = text.IndexOf(correction.After, StringComparison.Ordinal); at >= 0; at = text.IndexOf(correction.After, at + correction.After.Length, StringComparison.Ordinal))
                marks.Add(new TextMark(at + prefix, length, sourceReading, correction.Reason));
        }
        // Marks never overlap: a later one that would is left to the provenance page.
        var ordered = new List<TextMark>();
        foreach (var mark in marks.OrderBy(m => m.Start).ThenBy(m => m.Length))
            if (ordered.Count == 0 || ordered[^1].Start + ordered[^1].Length <= mark.Start && ordered[^1].Start != mark.Start) ordered.Add(mark);
        return ordered;
    }
}
