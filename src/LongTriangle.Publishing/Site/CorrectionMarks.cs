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
