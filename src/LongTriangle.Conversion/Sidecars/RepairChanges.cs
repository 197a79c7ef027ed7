using System.Collections.Immutable;
using LongTriangle.Conversion.Collation;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Sidecars;

/// <summary>
/// Turns the stages' repairs into one entry per change a reader can check, each with the clause it is in.
/// A stage that works line by line records a line's changes together: words joined by spaces
/// (貫徹 長 → 贯彻 长, ", ," → "， ，") become one change per word; a whole paragraph before and after
/// (a reversed spinner) is aligned, and each place that differs becomes a change with a little of the
/// text around it. A change gets the eId of the block it is found in: the block its seed line starts,
/// or one just after (a paragraph joined from several lines).
/// </summary>
public static class RepairChanges
{
    /// <summary>Shared characters kept on each side of an aligned change, so the place can be found.</summary>
    public const int Context = 2;

    /// <summary>A before or after longer than this is a passage, not one change.</summary>
    public const int LongestChange = 12;

    /// <summary>
    /// Repairs whose before and after are one act (a line joined, a heading inserted) and stay whole; so do
    /// removed invisible characters, whose note names each one (a word-level split would show nothing).
    /// </summary>
    private static readonly ImmutableHashSet<RepairKind> Whole =
        [RepairKind.LineRejoined, RepairKind.LineSplit, RepairKind.HeadingInserted, RepairKind.TitleCleaned, RepairKind.NumberingDisambiguated,
         RepairKind.InvisibleCharacterRemoved];

    public static ImmutableList<Repair> PerChange(IEnumerable<Repair> repairs, IReadOnlyList<DocumentBlock> body)
    {
        var result = ImmutableList.CreateBuilder<Repair>();
        foreach (var repair in repairs)
            foreach (var change in Split(repair))
                result.Add(change.Eid is null ? change with { Eid = EidOf(change, body) } : change);
        return result.ToImmutable();
    }

    /// <summary>The changes one repair holds, in order.</summary>
    public static IEnumerable<Repair> Split(Repair repair)
    {
        if (Whole.Contains(repair.Kind) || repair.Kind == RepairKind.Erratum || repair.Before.Length == 0 || repair.After.Length == 0)
            return [repair];
        var before = repair.Before.Split(' ');
        var after = repair.After.Split(' ');
        if (before.Length > 1 && before.Length == after.Length && before.All(w => w.Length > 0) && after.All(w => w.Length > 0))
            return before.Zip(after, (b, a) => repair with { Before = b, After = a, Note = null });
        if (repair.Before.Length <= LongestChange && repair.After.Length <= LongestChange)
            return [repair];
        return Aligned(repair);
    }

    private static IEnumerable<Repair> Aligned(Repair repair)
    {
        var spans = CharacterAlignment.Align(repair.Before, repair.After);
        for (var i = 0; i < spans.Length; i++)
        {
            var span = spans[i];
            if (span.Equal) continue;
            var left = i > 0 ? Math.Min(Context, spans[i - 1].FirstLength) : 0;
            var right = i + 1 < spans.Length ? Math.Min(Context, spans[i + 1].FirstLength) : 0;
            yield return repair with
            {
                Before = repair.Before.Substring(span.FirstStart - left, left + span.FirstLength + right),
                After = repair.After.Substring(span.OtherStart - left, left + span.OtherLength + right),
                Note = null,
            };
        }
    }

    /// <summary>
    /// The block the change is in: the block that starts at the repair's seed line; else the last block
    /// starting before it, or one just after, whose text holds the change (a paragraph joined from several
    /// lines); null when no block holds it (removed lines, text a later stage changed again).
    /// </summary>
    private static string? EidOf(Repair change, IReadOnlyList<DocumentBlock> body)
    {
        var start = -1;
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i].Line == change.Line) return body[i].Id.Value;
            if (body[i].Line < change.Line) start = i;
        }
        if (change.After.Length == 0) return null;
        for (var i = Math.Max(start, 0); i < body.Count && i <= start + 2; i++)
            if (body[i].Text.Contains(change.After, StringComparison.Ordinal)) return body[i].Id.Value;
        return null;
    }
}
