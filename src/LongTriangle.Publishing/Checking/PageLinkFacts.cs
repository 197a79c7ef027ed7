using System.Buffers;
using System.Text;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Checking;

/// <summary>
/// What the link check needs of one page, found from its text alone (with its path and the site's base): its ids
/// (each with the line of its first use), the problems the page has by itself (a repeated id, a link that leaves
/// the site's base path or is a javascript: link, a fragment missing on the page itself), the other files it links
/// to (each once), and its links to a fragment of another page (each once). Which of those files are pages of this
/// site and which exist is settled by the check, so the same facts hold in any build: the build cache keeps them
/// under the hash of the page's bytes, and an unchanged page is not read back and tokenized. Names are numbers of
/// the site's <see cref="LinkNames"/>.
/// </summary>
/// <param name="LinkCount">Every href and src of the page, internal or not.</param>
/// <param name="Files">The files of the site other than the page itself that it links to, in order of first use.</param>
/// <param name="Fragments">Links to a fragment of another HTML file, each once, sorted.</param>
public sealed record PageLinkFacts(
    PageIds Ids,
    IReadOnlyList<(int Line, string Message)> Problems,
    int LinkCount,
    int[] Files,
    PageLinkFacts.FragmentLink[] Fragments)
{
    /// <summary>A link to a fragment of another file: both names as numbers, a value of eight bytes, since a
    /// provenance page has tens of thousands. The line is not kept: a page with a broken one is read again.</summary>
    public readonly record struct FragmentLink(int File, int Fragment) : IComparable<FragmentLink>
    {
        public int CompareTo(FragmentLink other) => File != other.File ? File.CompareTo(other.File) : Fragment.CompareTo(other.Fragment);
    }

    public static PageLinkFacts Of(ReadOnlySpan<char> html, string page, SiteBase site, LinkNames names)
    {
        // One pass over the tags, keeping none of them: a link to a fragment of the page itself waits in the
        // problems, in its place, until every id of the page is known.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        Dictionary<string, (int Second, int Count)>? repeated = null;
        var linkProblems = new List<(int Line, string? Message, string? Link, string? Fragment)>();
        var files = new List<int>();
        var linked = new HashSet<int>();
        var fragments = new HashSet<FragmentLink>();
        var count = 0;
        foreach (var tag in HtmlTokenizer.Scan(html))
        {
            if (tag.Attribute("id") is { } id)
            {
                if (!ids.TryAdd(id, tag.Line))
                {
                    repeated ??= new(StringComparer.Ordinal);
                    repeated[id] = repeated.TryGetValue(id, out var seen) ? (seen.Second, seen.Count + 1) : (tag.Line, 2);
                }
            }
            foreach (var attribute in LinkChecker.LinkAttributes)
            {
                if (tag.Attribute(attribute) is not { } link) continue;
                count++;
                if (LinkChecker.Resolve(link, page, site) is not { } target)
                {
                    if (LinkChecker.Problem(link, site) is { } message) linkProblems.Add((tag.Line, message, null, null));
                    continue;
                }
                var file = target.File.Length == 0 ? page : target.File;
                if (file != page)
                {
                    var number = names.Number(file);
                    if (linked.Add(number)) files.Add(number);
                    if (target.Fragment is { Length: > 0 } fragment && file.EndsWith(".html", StringComparison.Ordinal))
                        fragments.Add(new FragmentLink(number, names.Number(fragment)));
                }
                else if (target.Fragment is { Length: > 0 } fragment)
                {
                    linkProblems.Add((tag.Line, null, link, fragment));
                }
            }
        }

        var problems = new List<(int, string)>();
        if (repeated is not null)
            foreach (var (id, first) in ids)
                if (repeated.TryGetValue(id, out var seen))
                    problems.Add((seen.Second, $"the id '{id}' appears {seen.Count} times (first on line {first})"));
        foreach (var (line, message, link, fragment) in linkProblems)
        {
            if (message is not null) problems.Add((line, message));
            else if (!ids.ContainsKey(fragment!)) problems.Add((line, $"'{link}': {page} has no element with id '{fragment}'"));
        }
        var numbered = new Dictionary<int, int>(ids.Count);
        foreach (var (id, line) in ids) numbered[names.Number(id)] = line;
        return new PageLinkFacts(new PageIds(numbered), problems, count, [.. files], Sorted(fragments));
    }

    /// <summary>
    /// The facts of a page written as <paramref name="bytes"/>, read as the check reads a page from disk (UTF-8, a
    /// byte order mark dropped), decoded into a pooled buffer rather than a string: a page can be megabytes.
    /// </summary>
    public static PageLinkFacts Of(byte[] bytes, string page, SiteBase site, LinkNames names) =>
        Of(new ReadOnlySequence<byte>(bytes), page, site, names);

    /// <summary>The same for bytes held in pieces (a rendered page's chunks, <see cref="Rendering.PageBytes"/>).</summary>
    public static PageLinkFacts Of(ReadOnlySequence<byte> bytes, string page, SiteBase site, LinkNames names)
    {
        Span<byte> head = stackalloc byte[(int)Math.Min(4, bytes.Length)];
        bytes.Slice(0, head.Length).CopyTo(head);
        var utf8 = bytes;
        if (head.StartsWith(Encoding.UTF8.Preamble)) utf8 = bytes.Slice(Encoding.UTF8.Preamble.Length);
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
            return Of(Text(bytes.ToArray()), page, site, names);   // UTF-16 or UTF-32, which this tool never writes
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, CharCount(utf8)));
        try
        {
            var length = Encoding.UTF8.GetChars(utf8, chars);
            return Of(chars.AsSpan(0, length), page, site, names);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>How many characters the UTF-8 <paramref name="utf8"/> decodes to, a character cut between two pieces counted once.</summary>
    private static int CharCount(ReadOnlySequence<byte> utf8)
    {
        if (utf8.IsSingleSegment) return Encoding.UTF8.GetCharCount(utf8.FirstSpan);
        var decoder = Encoding.UTF8.GetDecoder();
        var count = 0;
        var position = utf8.Start;
        while (utf8.TryGet(ref position, out var piece))
            count += decoder.GetCharCount(piece.Span, flush: position.Equals(utf8.End));
        return count;
    }

    /// <summary>The page's text as the check reads a page from disk (UTF-8, a byte order mark dropped).</summary>
    public static string Text(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static FragmentLink[] Sorted(HashSet<FragmentLink> links)
    {
        var sorted = links.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>The facts as bytes, for the build cache (names written out: numbers hold for one build only).</summary>
    public byte[] ToBytes(LinkNames names)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(LinkCount);
            writer.Write7BitEncodedInt(Ids.Count);
            foreach (var (id, line) in Ids.WithLines())
            {
                writer.Write(names.Name(id));
                writer.Write7BitEncodedInt(line);
            }
            writer.Write7BitEncodedInt(Problems.Count);
            foreach (var (line, message) in Problems)
            {
                writer.Write7BitEncodedInt(line);
                writer.Write(message);
            }
            writer.Write7BitEncodedInt(Files.Length);
            foreach (var file in Files) writer.Write(names.Name(file));
            var slots = new Dictionary<int, int>(Files.Length);
            for (var i = 0; i < Files.Length; i++) slots[Files[i]] = i;
            writer.Write7BitEncodedInt(Fragments.Length);
            foreach (var link in Fragments)
            {
                writer.Write7BitEncodedInt(slots[link.File]);
                writer.Write(names.Name(link.Fragment));
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Facts written by <see cref="ToBytes"/>.</summary>
    public static PageLinkFacts FromBytes(ReadOnlyMemory<byte> bytes, LinkNames names)
    {
        var segment = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var array) ? array : new ArraySegment<byte>(bytes.ToArray());
        using var reader = new BinaryReader(new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false), Encoding.UTF8);
        var linkCount = reader.Read7BitEncodedInt();
        var idCount = reader.Read7BitEncodedInt();
        var ids = new Dictionary<int, int>(idCount);
        for (var i = 0; i < idCount; i++) ids[names.Number(reader.ReadString())] = reader.Read7BitEncodedInt();
        var problems = new (int, string)[reader.Read7BitEncodedInt()];
        for (var i = 0; i < problems.Length; i++) problems[i] = (reader.Read7BitEncodedInt(), reader.ReadString());
        var files = new int[reader.Read7BitEncodedInt()];
        for (var i = 0; i < files.Length; i++) files[i] = names.Number(reader.ReadString());
        var fragments = new FragmentLink[reader.Read7BitEncodedInt()];
        for (var i = 0; i < fragments.Length; i++) fragments[i] = new FragmentLink(files[reader.Read7BitEncodedInt()], names.Number(reader.ReadString()));
        // Sorted again: numbers differ from those of the build that wrote the entry.
        Array.Sort(fragments);
        return new PageLinkFacts(new PageIds(ids), problems, linkCount, files, fragments);
    }
}
