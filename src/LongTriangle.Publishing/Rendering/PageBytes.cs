using System.Buffers;

namespace LongTriangle.Publishing.Rendering;

/// <summary>
/// A rendered page's bytes, held as pooled chunks of 64 KB, every one below the runtime's large-object threshold
/// (85,000 bytes). A page of megabytes held as one array goes to the large-object heap, which is collected only
/// with the whole heap: at a thousand documents the pages' arrays, dead between full collections, were most of the
/// tool's peak memory. The chunks go back to their pool when the page is disposed, for the next page. A writer of
/// buffers (JSON's) writes into a small buffer of its own, whose bytes are added at the end as it advances.
/// </summary>
public sealed class PageBytes(PageChunkPool pool) : IBufferWriter<byte>, IDisposable
{
    /// <summary>The size of every chunk: below the large-object threshold.</summary>
    internal const int ChunkSize = 64 * 1024;

    private readonly List<byte[]> _chunks = [];
    private int _lastLength = ChunkSize;
    private byte[]? _written;

    /// <summary>How many bytes the page has.</summary>
    public long Length => _chunks.Count == 0 ? 0 : (long)(_chunks.Count - 1) * ChunkSize + _lastLength;

    /// <summary>Adds <paramref name="bytes"/> at the end.</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (_lastLength == ChunkSize)
            {
                _chunks.Add(pool.Rent());
                _lastLength = 0;
            }
            var last = _chunks[^1].AsSpan(_lastLength, ChunkSize - _lastLength);
            var count = Math.Min(last.Length, bytes.Length);
            bytes[..count].CopyTo(last);
            _lastLength += count;
            bytes = bytes[count..];
        }
    }

    /// <summary>Adds one byte at the end.</summary>
    public void Append(byte value) => Append([value]);

    /// <summary>Memory for at least <paramref name="sizeHint"/> bytes to come, added by <see cref="Advance"/>.</summary>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_written is null || _written.Length < needed)
        {
            if (_written is not null) ArrayPool<byte>.Shared.Return(_written);
            _written = ArrayPool<byte>.Shared.Rent(Math.Max(needed, 16 * 1024));
        }
        return _written;
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    /// <summary>Adds the first <paramref name="count"/> bytes of the memory <see cref="GetMemory"/> gave.</summary>
    public void Advance(int count)
    {
        if (count == 0) return;
        if (_written is null || (uint)count > (uint)_written.Length) throw new InvalidOperationException("advanced past the memory given");
        Append(_written.AsSpan(0, count));
    }

    /// <summary>The bytes as one sequence of the chunks, valid until the page is disposed.</summary>
    public ReadOnlySequence<byte> AsSequence()
    {
        if (_chunks.Count == 0) return ReadOnlySequence<byte>.Empty;
        if (_chunks.Count == 1) return new ReadOnlySequence<byte>(_chunks[0], 0, _lastLength);
        var first = new Segment(_chunks[0].AsMemory(0, ChunkSize), 0);
        var last = first;
        for (var i = 1; i < _chunks.Count; i++)
            last = last.Then(_chunks[i].AsMemory(0, i == _chunks.Count - 1 ? _lastLength : ChunkSize));
        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    /// <summary>Writes the bytes to <paramref name="stream"/>.</summary>
    public void WriteTo(Stream stream)
    {
        for (var i = 0; i < _chunks.Count; i++)
            stream.Write(_chunks[i], 0, i == _chunks.Count - 1 ? _lastLength : ChunkSize);
    }

    /// <summary>The bytes as one array (for callers that need one; a large page's array is a large object).</summary>
    public byte[] ToArray() => AsSequence().ToArray();

    public void Dispose()
    {
        foreach (var chunk in _chunks) pool.Return(chunk);
        _chunks.Clear();
        if (_written is not null) ArrayPool<byte>.Shared.Return(_written);
        _written = null;
        _lastLength = ChunkSize;
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Then(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
