using System.Text.RegularExpressions;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// A line that starts with a number of the genre (第八章, 一、, （一）, 1., （1）…): its kind, its number,
/// and whether it reads as a heading (short, no sentence inside) or as a numbered clause with its text.
/// <paramref name="Prefix"/> is the length of the numbering itself (（一） in （一）指导思想。…).
/// </summary>
public sealed partial record NumberedLine(NumberingKind Kind, int Number, bool IsHeading, int Prefix = 0)
{
    private const string Cn = "[〇零一二三四五六七八九十百两]+";
    private const string Digits = "[0-9０-９]{1,3}";

    /// <summary>A heading is short and holds no sentence: a line with 。；！？ inside is a clause that begins with a topic.</summary>
    private const int LongestHeading = 60;

    private static readonly (NumberingKind Kind, Regex Pattern)[] Patterns =
    [
        (NumberingKind.Book, BookPattern()),
        (NumberingKind.Division, DivisionPattern()),
        (NumberingKind.Chapter, ChapterPattern()),
        (NumberingKind.Section, SectionPattern()),
        (NumberingKind.Article, ArticlePattern()),
        (NumberingKind.Part, PartPattern()),
        (NumberingKind.Subsection, SubsectionPattern()),
        (NumberingKind.Item, ItemPattern()),
        (NumberingKind.Point, PointPattern()),
    ];

    /// <summary>Reads the numbering at the start of a (trimmed) line; null when the line is not numbered.</summary>
    public static NumberedLine? Read(string line)
    {
        foreach (var (kind, pattern) in Patterns)
        {
            var match = pattern.Match(line);
            if (!match.Success) continue;
            if (ChineseNumber.Parse(match.Groups["n"].Value) is not { } number) continue;
            var rest = line[match.Length..].Trim();
            // A bare list number with nothing after it is not a clause ("1." alone is layout debris).
            if (rest.Length == 0 && !kind.IsContainer()) continue;
            // 二、三产业融合发展是… and 一、二类口岸… are ranges of ordinals in a sentence, not numbering.
            if (kind == NumberingKind.Part && rest.Length > 0 && "一二三四五六七八九十".Contains(rest[0]) && !ReadsAsHeading(rest)) continue;
            return new NumberedLine(kind, number, kind.IsAlwaysHeading() || ReadsAsHeading(rest) || IsHeadingWithFullStop(kind, rest), match.Length);
        }
        return null;
    }

    /// <summary>
    /// Short, no sentence inside, and not introducing what follows (第三条 执委会履行下列职责：). A question
    /// is a heading when it is the whole line (一、为什么要制定《行动计划》？ in a 政策解读).
    /// </summary>
    private static bool ReadsAsHeading(string rest)
    {
        var body = rest.TrimEnd('？', '?');
        return rest.Length <= LongestHeading
            && rest.Length - body.Length <= 1
            && body.IndexOfAny(['。', '；', '！', '？', ';', '!', '?']) < 0
            && !rest.EndsWith('：') && !rest.EndsWith(':');
    }

    /// <summary>Some sites end a short heading of the plan levels with a full stop (（一）生态环境共保联治。 on a line of its own).</summary>
    private static bool IsHeadingWithFullStop(NumberingKind kind, string rest) =>
        kind is NumberingKind.Part or NumberingKind.Subsection
        && rest.Length is > 1 and <= ShortestSentence
        && rest.EndsWith('。')
        && rest[..^1].IndexOfAny(['。', '，', '、', '；', '：', '！', '？', ',', ';', ':', '!', '?']) < 0;

    /// <summary>A phrase this short with only a full stop is a heading, not a clause that says something.</summary>
    private const int ShortestSentence = 24;

    [GeneratedRegex($@"^第(?<n>{Cn}|{Digits})篇")]
    private static partial Regex BookPattern();

    [GeneratedRegex($@"^第(?<n>{Cn}|{Digits})部分")]
    private static partial Regex DivisionPattern();

    [GeneratedRegex($@"^第(?<n>{Cn}|{Digits})章")]
    private static partial Regex ChapterPattern();

    [GeneratedRegex($@"^第(?<n>{Cn}|{Digits})节")]
    private static partial Regex SectionPattern();

    [GeneratedRegex($@"^第(?<n>{Cn}|{Digits})条")]
    private static partial Regex ArticlePattern();

    [GeneratedRegex($@"^(?<n>{Cn})[、．.]")]
    private static partial Regex PartPattern();

    [GeneratedRegex($@"^[（(]\s*(?<n>{Cn})\s*[）)]")]
    private static partial Regex SubsectionPattern();

    // "1." but not "1.5万" or a year: the number must not be followed by another digit.
    [GeneratedRegex($@"^(?<n>{Digits})\s*[.．、](?![0-9０-９])")]
    private static partial Regex ItemPattern();

    [GeneratedRegex($@"^[（(]\s*(?<n>{Digits})\s*[）)]")]
    private static partial Regex PointPattern();
}
