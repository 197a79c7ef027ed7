namespace LongTriangle.Content;

/// <summary>
/// The levels of numbering in Chinese policy documents, outermost first. The order is the genre's
/// nesting: 第N篇 ⊃ 第N部分 ⊃ 第N章 ⊃ 第N节 ⊃ 第N条 ⊃ 一、 ⊃ （一） ⊃ 1. ⊃ （1）.
/// </summary>
public enum NumberingKind
{
    /// <summary>第N篇</summary>
    Book,
    /// <summary>第N部分</summary>
    Division,
    /// <summary>第N章</summary>
    Chapter,
    /// <summary>第N节</summary>
    Section,
    /// <summary>第N条</summary>
    Article,
    /// <summary>一、二、…</summary>
    Part,
    /// <summary>（一）（二）…</summary>
    Subsection,
    /// <summary>1. 2. … or 1、</summary>
    Item,
    /// <summary>（1）（2）…</summary>
    Point,
}

public static class NumberingKindExtensions
{
    /// <summary>The eId segment name (contract: docs/content-format.md).</summary>
    public static string Segment(this NumberingKind kind) => kind switch
    {
        NumberingKind.Book => "book",
        NumberingKind.Division => "div",
        NumberingKind.Chapter => "chp",
        NumberingKind.Section => "sec",
        NumberingKind.Article => "art",
        NumberingKind.Part => "part",
        NumberingKind.Subsection => "sec",
        NumberingKind.Item => "item",
        NumberingKind.Point => "point",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>How the source writes number <paramref name="n"/> of this kind, e.g. 三、 or （三）: the whole text of a missing heading.</summary>
    public static string Label(this NumberingKind kind, int n) => kind switch
    {
        NumberingKind.Book => $"第{ChineseNumber.Format(n)}篇",
        NumberingKind.Division => $"第{ChineseNumber.Format(n)}部分",
        NumberingKind.Chapter => $"第{ChineseNumber.Format(n)}章",
        NumberingKind.Section => $"第{ChineseNumber.Format(n)}节",
        NumberingKind.Article => $"第{ChineseNumber.Format(n)}条",
        NumberingKind.Part => $"{ChineseNumber.Format(n)}、",
        NumberingKind.Subsection => $"（{ChineseNumber.Format(n)}）",
        NumberingKind.Item => $"{n}.",
        NumberingKind.Point => $"（{n}）",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// Kinds that are containers whose loss the numbering can prove and repair (a heading-missing
    /// container is inserted). Items and points are list members: a gap there is a lost clause, not a lost heading.
    /// </summary>
    public static bool IsContainer(this NumberingKind kind) => kind < NumberingKind.Item;

    /// <summary>Kinds that are always headings whatever follows the number (第八章 推进…); others only when heading-like.</summary>
    public static bool IsAlwaysHeading(this NumberingKind kind) => kind < NumberingKind.Article;
}
