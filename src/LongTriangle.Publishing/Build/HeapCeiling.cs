namespace LongTriangle.Publishing.Build;

/// <summary>
/// Keeps the memory the managed heap holds within a margin of what is live while a build runs. The runtime's own
/// full collections run in the background, and a background collection frees the dead objects of the oldest
/// generation where they lie without moving the live ones: while pages are rendered (a page in progress lives long
/// enough to reach that generation, and dies there), the freed space is scattered between live objects and the heap
/// kept growing, at N = 1,000 documents to 1.1 GB around 0.5 GB live (docs/scale.md, "Heap ceiling").
/// A thread of its own looks at the committed heap every <see cref="Interval"/>; above the ceiling it collects,
/// compacting and giving the freed memory back to the system (an aggressive collection: a forced one compacts but keeps
/// the memory), and sets the ceiling at what is then live and a quarter as much again, or at <see cref="Floor"/> when
/// that is higher. Below the floor the runtime is left alone, as each collection stops every thread for a quarter of a
/// second: reading a library of a thousand documents stays below it, and a rebuild passes it about once. The margin above the
/// floor grows with the library, so a larger one is collected no more often per page; nothing fails for want of memory,
/// as it would under a hard limit (<c>GCHeapHardLimit</c> kept the same build under 0.9 GB, but a library whose live
/// data outgrows the limit fails with an out-of-memory error). Collecting changes what is in memory,
/// never what the build writes.
/// </summary>
public sealed class HeapCeiling : IDisposable
{
    /// <summary>The committed heap below which the runtime is left to itself: three quarters of a GB, so that the
    /// process (its code and native memory add about 0.1 GB) stays within 1 GB.</summary>
    public const long Floor = 768L << 20;

    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly long _floor;
    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread _watch;
    private long _ceiling;
    private int _collections;

    /// <param name="floor">The committed heap below which it does not collect (the tests give a small one).</param>
    public HeapCeiling(long floor = Floor)
    {
        _floor = floor;
        _ceiling = Above(GC.GetTotalMemory(forceFullCollection: false), floor);
        _watch = new Thread(Watch) { IsBackground = true, Name = "heap ceiling" };
        _watch.Start();
    }

    /// <summary>The committed heap above which the next look collects.</summary>
    public long Ceiling => Interlocked.Read(ref _ceiling);

    /// <summary>How many collections it has made.</summary>
    public int Collections => Volatile.Read(ref _collections);

    /// <summary>The ceiling over <paramref name="live"/> bytes: a quarter as much again, and at least the floor.</summary>
    public static long Above(long live, long floor) => Math.Max(floor, live + live / 4);

    private void Watch()
    {
        while (!_stop.Wait(Interval))
        {
            // As of the last collection of any kind: the first generation is collected every few MB a build allocates.
            if (GC.GetGCMemoryInfo(GCKind.Any).TotalCommittedBytes <= Ceiling) continue;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            Interlocked.Exchange(ref _ceiling, Above(GC.GetTotalMemory(forceFullCollection: false), _floor));
            Interlocked.Increment(ref _collections);
        }
    }

    public void Dispose()
    {
        _stop.Set();
        _watch.Join();
        _stop.Dispose();
    }
}
