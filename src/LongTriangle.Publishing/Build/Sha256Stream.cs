using System.Security.Cryptography;

namespace LongTriangle.Publishing.Build;

/// <summary>
/// A write-only stream that keeps only the SHA-256 of what is written to it: a value serialized into it is hashed
/// as it is written, chunk by chunk, instead of being made into one array first (a document's clauses serialize to
/// megabytes, made, copied as the array grows and copied again, for 32 bytes). Small writes (a binary writer's
/// numbers and strings) are gathered in a buffer first, as each call into the hash has a cost of its own.
/// </summary>
public sealed class Sha256Stream : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _pending = new byte[16 * 1024];
    private int _pendingLength;
    private long _length;

    /// <summary>The SHA-256 of every byte written so far.</summary>
    public byte[] Hash()
    {
        Flush();
        return _hash.GetCurrentHash();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _length += buffer.Length;
        if (_pendingLength + buffer.Length <= _pending.Length)
        {
            buffer.CopyTo(_pending.AsSpan(_pendingLength));
            _pendingLength += buffer.Length;
            return;
        }
        Flush();
        if (buffer.Length < _pending.Length)
        {
            buffer.CopyTo(_pending);
            _pendingLength = buffer.Length;
        }
        else
        {
            _hash.AppendData(buffer);
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush()
    {
        _hash.AppendData(_pending.AsSpan(0, _pendingLength));
        _pendingLength = 0;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _hash.Dispose();
        base.Dispose(disposing);
    }
}
