namespace LongTriangle.Publishing.Rendering;

/// <summary>
/// The chunks of the pages one render stage holds (<see cref="PageBytes"/>), taken back when a page is written and
/// given to the next, so that rendering a site allocates about as many chunks as the pages in progress at once hold,
/// not a site's worth. The shared array pool keeps only a few arrays of a size per core and lets the rest be
/// collected: a megabyte page's chunks, freed that way, were as much garbage as its one large array had been.
/// Safe to use from every core.
/// </summary>
public sealed class PageChunkPool
{
    private readonly Stack<byte[]> _free = new();
    private readonly Lock _lock = new();

    /// <summary>A chunk of <see cref="PageBytes.ChunkSize"/> bytes, whatever it held before.</summary>
    public byte[] Rent()
    {
        lock (_lock)
        {
            if (_free.TryPop(out var chunk)) return chunk;
        }
        return new byte[PageBytes.ChunkSize];
    }

    /// <summary>Takes back a chunk that <see cref="Rent"/> gave.</summary>
    public void Return(byte[] chunk)
    {
        lock (_lock) _free.Push(chunk);
    }
}
