namespace LongTriangle.Publishing.Build;

/// <summary>
/// The payload of a cache entry opened for reading: the first <paramref name="length"/> bytes of the entry's file,
/// seekable (a zip reader seeks to its end), so that a reader never sees the entry's trailer
/// (<see cref="CacheEntryTrailer"/>). Disposing it closes the file.
/// </summary>
internal sealed class CachePayloadStream(Stream entry, long length) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => entry.Position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var left = length - entry.Position;
        return left <= 0 ? 0 : entry.Read(buffer[..(int)Math.Min(buffer.Length, left)]);
    }

    public override long Seek(long offset, SeekOrigin origin) => entry.Seek(origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => entry.Position + offset,
        SeekOrigin.End => length + offset,
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    }, SeekOrigin.Begin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) entry.Dispose();
        base.Dispose(disposing);
    }
}
