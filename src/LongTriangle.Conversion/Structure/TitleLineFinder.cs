using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// Finds the line that is the document's title: the line right after a notice header, or else the first
/// title-like line near the top (names a document type, holds no sentence, not numbered), or else a
/// first line that reads like a title though its type is not one the genre list names. The clean title
/// comes from the sidecar or the chrome stage; this line is taken out of the body either way.
/// </summary>
public static class TitleLineFinder
{
    /// <summary>Titles sit at the top: only this many lines are looked at.</summary>
    private const int LinesToSearch = 5;

    private const int LongestTitle = 100;

    /// <summary>The index in <paramref name="lines"/> of the title line at or after <paramref name="start"/>, or null.</summary>
    public static int? Find(IReadOnlyList<SourceLine> lines, int start, bool afterNotice)
    {
        if (afterNotice)
            return start < lines.Count && IsTitleLike(lines[start].Text, requireTypeName: false) ? start : null;

        for (var i = start; i < lines.Count && i < start + LinesToSearch; i++)
        {
            if (NumberedLine.Read(lines[i].Text) is not null) break;
            if (IsTitleLike(lines[i].Text, requireTypeName: true)) return i;
        }

        // A title whose type the genre list does not know (…重点工作安排, …工作规则) is still the first
        // line when that line reads like a title and the text follows it.
        return start + 1 < lines.Count
            && IsTitleLike(lines[start].Text, requireTypeName: false)
            && lines[start].Text.Length >= ShortestUnnamedTitle
            && !NoticeHeaderReader.IsIssuer(lines[start].Text)
            && !NoticeHeaderReader.IsDocumentNumber(lines[start].Text)
            ? start
            : null;
    }

    /// <summary>A title the genre's type names do not identify must at least be long enough to name a subject and an action.</summary>
    private const int ShortestUnnamedTitle = 8;

    /// <summary>
    /// The line before the title line found at <paramref name="titleIndex"/> when the two are one title broken
    /// in two: the found line does not open like a title (关于…, an issuer or a place) but continues one, and
    /// the line before reads like the opening of a title. Null otherwise.
    /// </summary>
    public static int? HeadOfBrokenTitle(IReadOnlyList<SourceLine> lines, int start, int titleIndex)
    {
        if (titleIndex - 1 < start) return null;
        var tail = lines[titleIndex].Text;
        var head = lines[titleIndex - 1].Text;
        var opensLikeATitle = tail.StartsWith("关于", StringComparison.Ordinal) || TitleOpenings.Any(o => tail.AsSpan(0, Math.Min(8, tail.Length)).Contains(o, StringComparison.Ordinal));
        return !opensLikeATitle
            && head.Length >= 8
            && head.Length + tail.Length <= LongestTitle
            && IsTitleLike(head, requireTypeName: false)
            && DocumentType.FromTitle(head) == DocumentType.Unknown
            && !NoticeHeaderReader.IsIssuer(head)
            && !NoticeHeaderReader.IsDocumentNumber(head)
            && (head.StartsWith("关于", StringComparison.Ordinal) || TitleOpenings.Any(o => head.Contains(o, StringComparison.Ordinal)))
            ? titleIndex - 1
            : null;
    }

    /// <summary>What the genre's titles open with: an issuer's or a place's name.</summary>
    private static readonly string[] TitleOpenings = ["国务院", "国家", "中共", "省", "市", "区", "县", "长三角", "长江三角洲"];

    /// <summary>The title as the line gives it, without the book-title marks around a whole title line (《…》).</summary>
    public static string TitleText(string line)
    {
        var text = line.Trim();
        return text.Length > 2 && text[0] == '《' && text[^1] == '》' && text.IndexOf('《', 1) < 0 ? text[1..^1] : text;
    }

    internal static bool IsTitleLike(string line, bool requireTypeName) =>
        line.Length <= LongestTitle
        && line.IndexOfAny(['。', '，', ',', '；', ';', '：', ':', '！', '？']) < 0
        && NumberedLine.Read(line) is null
        && DateLine.Read(line) is null
        && line.Any(c => c >= '\u4e00' && c <= '\u9fff')
        && (!requireTypeName || DocumentType.IsNamedIn(line));
}
