using System.Collections.Immutable;

namespace LongTriangle.Conversion.Collation;

/// <summary>
/// Finds the passages two documents share (a plan quoting the Outline, or another plan) and lists every
/// place where the two copies of a shared passage read differently. Paragraphs are paired when they share
/// enough runs of characters to be the same passage; the pair is aligned character by character, and a
/// difference counts as a variant reading only inside a shared passage: with shared text on both sides and
/// short on both sides. A long difference is each document's own wording, not a variant of one text.
/// </summary>
public static class PassageCollator
{
    /// <summary>Length of the character runs (shingles) that show two paragraphs share a passage.</summary>
    public const int ShingleLength = 8;

    /// <summary>How many distinct shared runs make two paragraphs copies of one passage.</summary>
    public const int SharedShinglesNeeded = 3;

    /// <summary>The shared text a variant must have on each side, so that it lies inside a shared passage.</summary>
    public const int ContextNeeded = 6;

    /// <summary>The longest reading (either side) that is a variant of one word rather than different wording.</summary>
    public const int LongestReading = 8;

    /// <summary>Variant readings between every pair of different documents, in document then paragraph order.</summary>
    public static ImmutableArray<VariantReading> Collate(IReadOnlyList<Witness> witnesses)
    {
        var documents = witnesses.Select(w => w.Document).Distinct(StringComparer.Ordinal).ToList();
        var shingles = witnesses.ToDictionary(w => w, w => Shingles(w.Text));
        var variants = ImmutableArray.CreateBuilder<VariantReading>();
        for (var d = 0; d < documents.Count; d++)
            for (var e = d + 1; e < documents.Count; e++)
            {
                var first = witnesses.Where(w => w.Document == documents[d]).ToList();
                var other = witnesses.Where(w => w.Document == documents[e]).ToList();
                foreach (var a in first)
                    foreach (var b in other)
                        if (Shared(shingles[a], shingles[b]) >= SharedShinglesNeeded)
                            variants.AddRange(Variants(a, b));
            }
        return variants.ToImmutable();
    }

    /// <summary>
    /// The variant readings of two paragraphs that hold the same passage. Differences separated by less
    /// shared text than <see cref="ContextNeeded"/> are one place (虹桥〔外贸|海外〕贸易 aligns as two
    /// one-character differences around a shared 贸).
    /// </summary>
    public static IEnumerable<VariantReading> Variants(Witness first, Witness other)
    {
        var spans = CharacterAlignment.Align(first.Text, other.Text);
        var i = 0;
        while (i < spans.Length)
        {
            if (spans[i].Equal) { i++; continue; }
            // A place runs from this difference to the last one reached through short shared stretches.
            var end = i;
            while (end + 2 < spans.Length && spans[end + 1].FirstLength < ContextNeeded && !spans[end + 2].Equal) end += 2;
            var start = i;
            i = end + 1;
            if (start == 0 || end == spans.Length - 1) continue;
            var before = spans[start - 1];
            var after = spans[end + 1];
            if (before.FirstLength < ContextNeeded || after.FirstLength < ContextNeeded) continue;
            var firstFrom = spans[start].FirstStart;
            var firstTo = spans[end].FirstStart + spans[end].FirstLength;
            var otherFrom = spans[start].OtherStart;
            var otherTo = spans[end].OtherStart + spans[end].OtherLength;
            if (firstTo - firstFrom > LongestReading || otherTo - otherFrom > LongestReading) continue;
            yield return new VariantReading(
                first, other,
                first.Text.Substring(firstFrom - ContextNeeded, ContextNeeded),
                first.Text[firstFrom..firstTo],
                other.Text[otherFrom..otherTo],
                first.Text.Substring(firstTo, ContextNeeded));
        }
    }

    private static HashSet<string> Shingles(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + ShingleLength <= text.Length; i++) set.Add(text.Substring(i, ShingleLength));
        return set;
    }

    private static int Shared(HashSet<string> a, HashSet<string> b) => a.Count < b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
}
