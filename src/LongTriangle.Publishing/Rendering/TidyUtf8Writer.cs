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

    /// <summary>The characters of a line held before its beginning is written: its encoding stays small.</summary>
    private const int LineBuffer = 4096;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The line being written, or its part not yet written (<see cref="WriteLineSoFar"/>).</summary>
    private char[] _line = ArrayPool<char>.Shared.Rent(LineBuffer);
    private int _lineLength;
    /// <summary>Whether part of the current line is already on the page, so that it ends with a newline however it ends.</summary>
    private bool _lineBegun;
    private byte[] _encoded = ArrayPool<byte>.Shared.Rent(3 * LineBuffer + 4);
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
        while (!chars.IsEmpty)
        {
            if (_lineLength == _line.Length) WriteLineSoFar();
            var count = Math.Min(_line.Length - _lineLength, chars.Length);
            chars[..count].CopyTo(_line.AsSpan(_lineLength));
            _lineLength += count;
            chars = chars[count..];
        }
    }

    /// <summary>
    /// Writes what the full line buffer holds, but for what the line's end could still trim (its trailing white
    /// space) and a high surrogate whose pair is to come. A page's markup can be one line of megabytes (the provenance
    /// page's tables), and buffering a line whole made a large object of the buffer and of its encoding.
    /// </summary>
    private void WriteLineSoFar()
    {
        var kept = _lineLength - _line.AsSpan(0, _lineLength).TrimEnd().Length;
        if (kept < _lineLength && char.IsHighSurrogate(_line[_lineLength - kept - 1])) kept++;
        if (kept == _lineLength)
        {
            // Nothing that may be written yet (a run of white space as long as the buffer): a larger buffer.
            _line = Grow(_line, _lineLength, Math.Max(_lineLength * 2, LineBuffer));
            return;
        }
        Encode(_line.AsSpan(0, _lineLength - kept), endLine: false);
        _lineBegun = true;
        _line.AsSpan(_lineLength - kept, kept).CopyTo(_line);
        _lineLength = kept;
    }

    private void EndLine()
    {
        var line = _line.AsSpan(0, _lineLength).TrimEnd();
        _lineLength = 0;
        var begun = _lineBegun;
        _lineBegun = false;
        if (line.IsEmpty && !begun) return;
        Encode(line, endLine: true);
    }

    /// <summary>Adds <paramref name="chars"/> to the page in UTF-8 (whole characters: never half a surrogate pair).</summary>
    private void Encode(ReadOnlySpan<char> chars, bool endLine)
    {
        var most = Utf8.GetMaxByteCount(chars.Length) + 1;
        if (most > _encoded.Length) _encoded = Grow(_encoded, 0, most);
        var length = Utf8.GetBytes(chars, _encoded);
        if (endLine) _encoded[length++] = (byte)'\n';
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
