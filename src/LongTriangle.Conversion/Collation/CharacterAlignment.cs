using System.Collections.Immutable;

namespace LongTriangle.Conversion.Collation;

/// <summary>One stretch of an alignment of two texts: equal in both, or different (either side may be empty).</summary>
public sealed record AlignedSpan(bool Equal, int FirstStart, int FirstLength, int OtherStart, int OtherLength);

/// <summary>
/// Aligns two texts character by character (longest common subsequence), as a collator lines up two copies
/// of a passage: the result alternates stretches both share and stretches where they differ.
/// </summary>
public static class CharacterAlignment
{
    /// <summary>
    /// The largest table (characters × characters) the alignment builds: 16 MB. Beyond it the differing
    /// middle of two texts is one difference, so a hostile run-together page cannot exhaust memory.
    /// </summary>
    public const long MaxCells = 4_000_000;

    public static ImmutableArray<AlignedSpan> Align(string first, string other)
    {
        // What both share at the start and the end needs no table: only the middle is aligned.
        var head = 0;
        while (head < first.Length && head < other.Length && first[head] == other[head]) head++;
        var tail = 0;
        while (tail < first.Length - head && tail < other.Length - head && first[^(tail + 1)] == other[^(tail + 1)]) tail++;
        var middle = AlignMiddle(first[head..^tail], other[head..^tail]);

        var spans = ImmutableArray.CreateBuilder<AlignedSpan>();
        if (head > 0) spans.Add(new AlignedSpan(true, 0, head, 0, head));
        foreach (var span in middle)
        {
            var shifted = span with { FirstStart = span.FirstStart + head, OtherStart = span.OtherStart + head };
            // The middle starts or ends with shared text only when the table chose to: join it to head or tail.
            if (spans.Count > 0 && spans[^1].Equal && shifted.Equal)
                spans[^1] = spans[^1] with { FirstLength = spans[^1].FirstLength + shifted.FirstLength, OtherLength = spans[^1].OtherLength + shifted.OtherLength };
            else spans.Add(shifted);
        }
        if (tail > 0)
        {
            var tailSpan = new AlignedSpan(true, first.Length - tail, tail, other.Length - tail, tail);
            if (spans.Count > 0 && spans[^1].Equal)
                spans[^1] = spans[^1] with { FirstLength = spans[^1].FirstLength + tail, OtherLength = spans[^1].OtherLength + tail };
            else spans.Add(tailSpan);
        }
        return spans.ToImmutable();
    }

    private static ImmutableArray<AlignedSpan> AlignMiddle(string first, string other)
    {
        var n = first.Length;
        var m = other.Length;
        if (n == 0 && m == 0) return [];
        if ((long)(n + 1) * (m + 1) > MaxCells) return [new AlignedSpan(false, 0, n, 0, m)];
        // lengths[i, j]: the longest common subsequence of first[i..] and other[j..].
        var lengths = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                lengths[i, j] = first[i] == other[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);

        var spans = ImmutableArray.CreateBuilder<AlignedSpan>();
        int a = 0, b = 0, equalFrom = -1, diffA = -1, diffB = -1;
        void CloseEqual(int i, int j)
        {
            if (equalFrom < 0) return;
            spans.Add(new AlignedSpan(true, equalFrom, i - equalFrom, j - (i - equalFrom), i - equalFrom));
            equalFrom = -1;
        }
        void CloseDifference(int i, int j)
        {
            if (diffA < 0) return;
            spans.Add(new AlignedSpan(false, diffA, i - diffA, diffB, j - diffB));
            diffA = diffB = -1;
        }
        while (a < n || b < m)
        {
            if (a < n && b < m && first[a] == other[b] && lengths[a, b] == lengths[a + 1, b + 1] + 1)
            {
                CloseDifference(a, b);
                if (equalFrom < 0) equalFrom = a;
                a++;
                b++;
                continue;
            }
            CloseEqual(a, b);
            if (diffA < 0) (diffA, diffB) = (a, b);
            if (b >= m || (a < n && lengths[a + 1, b] >= lengths[a, b + 1])) a++;
            else b++;
        }
        CloseEqual(a, b);
        CloseDifference(a, b);
        return spans.ToImmutable();
    }
}
