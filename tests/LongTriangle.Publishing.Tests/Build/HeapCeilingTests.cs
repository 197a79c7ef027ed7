using LongTriangle.Publishing.Build;

namespace LongTriangle.Publishing.Tests.Build;

public sealed class HeapCeilingTests
{
    private const long MB = 1L << 20;

    [Fact]
    public void The_ceiling_is_what_is_live_and_a_quarter_more_and_at_least_the_floor()
    {
        HeapCeiling.Above(100 * MB, 768 * MB).ShouldBe(768 * MB);
        HeapCeiling.Above(1024 * MB, 768 * MB).ShouldBe(1280 * MB);
    }

    [Fact]
    public void A_heap_grown_past_the_ceiling_is_collected_and_the_ceiling_set_above_what_is_then_live()
    {
        using var ceiling = new HeapCeiling(floor: MB);
        var first = ceiling.Ceiling;
        // Live objects, so that the heap stays past the ceiling however other tests in this process allocate and
        // collect, until the ceiling's thread has looked (each first-generation collection updates what it reads).
        var held = new List<byte[]>();
        while (ceiling.Collections == 0 && held.Count < 2048)
        {
            for (var i = 0; i < 64; i++) held.Add(new byte[MB]);
            GC.Collect(0);
            // Once past the ceiling, ten looks' time for its thread, however busy the machine.
            if (GC.GetGCMemoryInfo(GCKind.Any).TotalCommittedBytes > ceiling.Ceiling)
                SpinWait.SpinUntil(() => ceiling.Collections > 0, 10 * HeapCeiling.Interval);
        }

        ceiling.Collections.ShouldBeGreaterThan(0, $"no collection with {held.Count} MB more live (ceiling {first / MB} MB)");
        // Soon after the heap passed the ceiling (a few steps of 64 MB), not at some higher one.
        (held.Count * MB).ShouldBeLessThan(first + 512 * MB);
        // What it held was live through the collection: the new ceiling is above it.
        ceiling.Ceiling.ShouldBeGreaterThan(held.Count * MB);
        GC.KeepAlive(held);
    }
}
