using System.Text;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Checking;

/// <summary>
/// What the link check needs of one page, found from its text alone (with its path and the site's base): its ids
/// (each with the line of its first use), the problems the page has by itself (a repeated id, a link that leaves
/// the site's base path or is a javascript: link, a fragment missing on the page itself), the other files it links
/// to (each once), and its links to a fragment of another page. Which of those files are pages of this site and
/// which exist is settled by the check, so the same facts hold in any build: the build cache keeps them under the
/// hash of the page's bytes, and an unchanged page is not read back and tokenized.
/// </summary>
/// <param name="Ids">Id → the line of its first use.</param>
/// <param name="LinkCount">Every href and src of the page, internal or not.</param>
/// <param name="Files">The files of the site other than the page itself that it links to, in order of first use.</param>
/// <param name="Fragments">Links to a fragment of another HTML file: the index of the file in <paramref name="Files"/>, the fragment, the line.</param>
public sealed record PageLinkFacts(
    IReadOnlyDictionary<string, int> Ids,
    IReadOnlyList<(int Line, string Message)> Problems,
    int LinkCount,
    IReadOnlyList<string> Files,
    IReadOnlyList<PageLinkFacts.FragmentLink> Fragments)
{
    /// <summary>A link to a fragment of another file: a value, since a provenance page has tens of thousands.</summary>
    public readonly record struct FragmentLink(int File, string Fragment, int Line);

    /// <param name="intern">Gives one instance of an id or fragment for all pages (a clause's eId is on four pages and linked from more).</param>
    public static PageLinkFacts Of(string html, string page, SiteBase site, Func<string, string> intern)
    {
        var tags = HtmlTokenizer.StartTags(html);
        var ids = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            if (tag.Attribute("id") is not { } id) continue;
            if (!ids.TryGetValue(id, out var lines)) ids[intern(id)] = lines = [];
            lines.Add(tag.Line);
        }

        var problems = new List<(int, string)>();
        foreach (var (id, lines) in ids.Where(p => p.Value.Count > 1))
            problems.Add((lines[1], $"the id '{id}' appears {lines.Count} times (first on line {lines[0]})"));

        var files = new List<string>();
        var fileIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var fragments = new List<FragmentLink>();
        var count = 0;
        foreach (var tag in tags)
        {
            foreach (var attribute in LinkChecker.LinkAttributes)
            {
                if (tag.Attribute(attribute) is not { } link) continue;
                count++;
                if (LinkChecker.Resolve(link, page, site) is not { } target)
                {
                    if (LinkChecker.Problem(link, site) is { } message) problems.Add((tag.Line, message));
                    continue;
                }
                var file = target.File.Length == 0 ? page : target.File;
                if (file != page)
                {
                    if (!fileIndex.TryGetValue(file, out var index))
                    {
                        fileIndex[file] = index = files.Count;
                        files.Add(file);
                    }
                    if (target.Fragment is { Length: > 0 } fragment && file.EndsWith(".html", StringComparison.Ordinal))
                        fragments.Add(new FragmentLink(index, intern(fragment), tag.Line));
                }
                else if (target.Fragment is { Length: > 0 } fragment && !ids.ContainsKey(fragment))
                {
                    problems.Add((tag.Line, $"'{link}': {file} has no element with id '{fragment}'"));
                }
            }
        }
        fragments.TrimExcess();
        return new PageLinkFacts(ids.ToDictionary(p => p.Key, p => p.Value[0], StringComparer.Ordinal), problems, count, files, fragments);
    }

    /// <summary>The page's text as the check reads a page from disk (UTF-8, a byte order mark dropped).</summary>
    public static string Text(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>The facts as bytes, for the build cache.</summary>
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(LinkCount);
            writer.Write7BitEncodedInt(Ids.Count);
            foreach (var (id, line) in Ids)
            {
                writer.Write(id);
                writer.Write7BitEncodedInt(line);
            }
            writer.Write7BitEncodedInt(Problems.Count);
            foreach (var (line, message) in Problems)
            {
                writer.Write7BitEncodedInt(line);
                writer.Write(message);
            }
            writer.Write7BitEncodedInt(Files.Count);
            foreach (var file in Files) writer.Write(file);
            writer.Write7BitEncodedInt(Fragments.Count);
            foreach (var link in Fragments)
            {
                writer.Write7BitEncodedInt(link.File);
                writer.Write(link.Fragment);
                writer.Write7BitEncodedInt(link.Line);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Facts written by <see cref="ToBytes"/>.</summary>
    public static PageLinkFacts FromBytes(byte[] bytes, Func<string, string> intern)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        var linkCount = reader.Read7BitEncodedInt();
        var idCount = reader.Read7BitEncodedInt();
        var ids = new Dictionary<string, int>(idCount, StringComparer.Ordinal);
        for (var i = 0; i < idCount; i++) ids[intern(reader.ReadString())] = reader.Read7BitEncodedInt();
        var problems = new (int, string)[reader.Read7BitEncodedInt()];
        for (var i = 0; i < problems.Length; i++) problems[i] = (reader.Read7BitEncodedInt(), reader.ReadString());
        var files = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < files.Length; i++) files[i] = reader.ReadString();
        var fragments = new FragmentLink[reader.Read7BitEncodedInt()];
        for (var i = 0; i < fragments.Length; i++) fragments[i] = new FragmentLink(reader.Read7BitEncodedInt(), intern(reader.ReadString()), reader.Read7BitEncodedInt());
        return new PageLinkFacts(ids, problems, linkCount, files, fragments);
    }
}
