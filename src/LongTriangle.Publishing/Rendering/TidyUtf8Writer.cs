using System.Buffers;
using System.Text;

namespace LongTriangle.Publishing.Rendering;

/// <summary>
/// Takes rendered HTML as the renderer writes it and keeps it tidy and encoded: every line without its trailing
/// white space (a carriage return included), blank lines left out, each line ended by a newline, in UTF-8 without a
/// byte order mark. A page is written straight into pooled chunks (<see cref="PageBytes"/>), line by line: a scraped
/// plan's page is megabytes, and making it a string, a tidied string and then bytes put five copies of it on the
/// large-object heap, which the runtime lets fragment (the build of a thousand documents grew to 1.5 GB for 0.5 GB of
/// live data); one array of the whole page was still one such copy per page.
/// </summary>
/// <param name="chunks">Where the page's chunks come from and go back to (by default a pool of the writer's own).</param>
internal sealed class TidyUtf8Writer(PageChunkPool? chunks = null) : TextWriter
{
    private readonly PageChunkPool _chunks = chunks ?? new PageChunkPool();

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private char[] _line = ArrayPool<char>.Shared.Rent(4096);
    private int _lineLength;
    private byte[] _encoded = ArrayPool<byte>.Shared.Rent(4096);
    private PageBytes? _page;

    public override Encoding Encoding => Utf8;

    public override void Write(char value)
    {
        if (value == '\n') EndLine();
        else Append(new ReadOnlySpan<char>(in value));
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var newline = buffer.IndexOf('\n');
            if (newline < 0)
            {
                Append(buffer);
                return;
            }
            Append(buffer[..newline]);
            EndLine();
            buffer = buffer[(newline + 1)..];
        }
    }

    /// <summary>The tidy page: its lines, or a single newline when it has none. The caller disposes it; the writer
    /// starts a new page.</summary>
    public PageBytes TakePage()
    {
        EndLine();
        var page = _page ?? new PageBytes(_chunks);
        if (page.Length == 0) page.Append((byte)'\n');
        _page = null;
        return page;
    }

    /// <summary>The tidy page as one array (<see cref="TakePage"/>).</summary>
    public byte[] ToArray()
    {
        using var page = TakePage();
        return page.ToArray();
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (_lineLength + chars.Length > _line.Length) _line = Grow(_line, _lineLength, _lineLength + chars.Length);
        chars.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += chars.Length;
    }

    private void EndLine()
    {
        // A line is whole here, so a surrogate pair is never cut in two by encoding it.
        var line = _line.AsSpan(0, _lineLength).TrimEnd();
        _lineLength = 0;
        if (line.IsEmpty) return;
        var most = Utf8.GetMaxByteCount(line.Length) + 1;
        if (most > _encoded.Length) _encoded = Grow(_encoded, 0, most);
        var length = Utf8.GetBytes(line, _encoded);
        _encoded[length++] = (byte)'\n';
        (_page ??= new PageBytes(_chunks)).Append(_encoded.AsSpan(0, length));
    }

    private static T[] Grow<T>(T[] rented, int used, int needed)
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(needed, rented.Length * 2));
        rented.AsSpan(0, used).CopyTo(larger);
        ArrayPool<T>.Shared.Return(rented);
        return larger;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ArrayPool<char>.Shared.Return(_line);
            ArrayPool<byte>.Shared.Return(_encoded);
            _page?.Dispose();
            _page = null;
            _line = [];
            _encoded = [];
        }
        base.Dispose(disposing);
    }
}
