using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// Finds the heading a clause opens with. Chinese policy documents head most numbered clauses with a
/// short phrase ended by 。 or ：, set in bold (<c>（一）指导思想。以…</c>, <c>（二）高水平建设大湾区，共同构建…体系。…</c>),
/// and lead unnumbered paragraphs with a topic sentence (<c>协力办好中国国际进口博览会。…</c>). A heading is
/// short, closes its quotes, begins with words rather than a figure or date, and is followed by more text:
/// a clause that is one sentence has no heading of its own.
/// </summary>
public static class RunInHeading
{
    /// <summary>Numbered run-in headings may hold commas (…大湾区，共同构建…体系), so they can be long.</summary>
    private const int LongestNumbered = 40;

    /// <summary>An unnumbered topic sentence is a short phrase without any inner punctuation.</summary>
    private const int LongestTopic = 20;

    private const int Shortest = 2;

    private const string Closers = "”’」』）)》";

    /// <summary>The length of the clause's run-in heading, numbering included and the 。 or ： after it excluded; 0 when it has none.</summary>
    public static int Length(string text, ParagraphRole role)
    {
        if (role != ParagraphRole.Clause) return 0;
        // An article (第十七条 本条例自发布之日起施行。…) states a rule: its first sentence is no heading.
        if (NumberedLine.Read(text) is { Kind: NumberingKind.Article }) return 0;
        var numbering = NumberedLine.Read(text) is { IsHeading: false } numbered ? numbered.Prefix : 0;
        var start = numbering;
        while (start < text.Length && text[start] == ' ') start++;

        var terminators = numbering > 0 ? "。：" : "。";
        var end = text.IndexOfAny(terminators.ToCharArray(), start);
        if (end < 0) return 0;

        var lead = text[start..end];
        var longest = numbering > 0 ? LongestNumbered : LongestTopic;
        if (lead.Length < Shortest || lead.Length > longest) return 0;
        if (!OpensWithWords(lead, numbering > 0) || !QuotesBalance(lead)) return 0;
        if (lead.AsSpan().IndexOfAny(numbering > 0 ? "；;！!？?" : "，,、；;：:！!？?") >= 0) return 0;
        if (!HasTextAfter(text, end + 1)) return 0;
        return end;
    }

    /// <summary>Marks the run-in heading of every clause of the body.</summary>
    public static DocumentStructure Mark(DocumentStructure structure) =>
        structure with
        {
            Body = [.. structure.Body.Select(b => b is Paragraph p ? p with { RunIn = Length(p.Text, p.Role) } : b)],
        };

    private static bool OpensWithWords(string lead, bool numbered)
    {
        if (OpensWithFigureOrTarget(lead)) return false;
        // A topic sentence is an action (协力办好…); one with a subject such as 本措施, 各地 or 上述 is a statement.
        return numbered || !StatementOpenings.Any(o => lead.StartsWith(o, StringComparison.Ordinal));
    }

    /// <summary>A figure, or a target (到2025年 / 至2030年): the opening of a goal in a series, never of a heading or a new subject.</summary>
    internal static bool OpensWithFigureOrTarget(string text) =>
        text.Length > 0 && (char.IsDigit(text[0]) || ("到至".Contains(text[0]) && text.Length > 1 && char.IsDigit(text[1])));

    private static readonly string[] StatementOpenings = ["本", "此", "该", "各", "上述", "以上", "凡", "如", "其"];

    private static bool QuotesBalance(string lead) =>
        lead.Count(c => c == '“') == lead.Count(c => c == '”')
        && lead.Count(c => c is '（' or '(') == lead.Count(c => c is '）' or ')')
        && lead.Count(c => c == '《') == lead.Count(c => c == '》');

    private static bool HasTextAfter(string text, int from)
    {
        var i = from;
        while (i < text.Length && (Closers.Contains(text[i]) || text[i] == ' ')) i++;
        return i < text.Length;
    }
}
