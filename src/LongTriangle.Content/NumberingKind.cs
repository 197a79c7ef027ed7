namespace LongTriangle.Content;

/// <summary>
/// The levels of numbering in Chinese policy documents, outermost first. The order is the genre's
/// nesting: 附件N ⊃ 第N篇 ⊃ 第N部分 ⊃ 第N章 ⊃ 第N节 ⊃ 第N条 ⊃ 一、 ⊃ （一） ⊃ 1. ⊃ （1）. The converter writes
/// each numbered block's kind beside its eId (<c>{#chp_8 numbering=chapter}</c>, <see cref="NumberingKinds.Name"/>),
/// so the site never guesses it from the eId's segment names (<c>sec</c> is both 第N节 and （一））.
/// </summary>
public enum NumberingKind
{
    /// <summary>附件N after the signature (or a glossary after the text), its own numbering below it.</summary>
    Annex,
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

public static class NumberingKinds
{
    /// <summary>The eId segment name (contract: docs/content-format.md).</summary>
    public static string Segment(this NumberingKind kind) => kind switch
    {
        NumberingKind.Annex => ClauseSegments.Annex,
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
        NumberingKind.Annex => $"附件{n}",
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

    /// <summary>The name the content format writes in a block's attributes (<c>numbering=subsection</c>).</summary>
    public static string Name(this NumberingKind kind) => kind switch
    {
        NumberingKind.Annex => "annex",
        NumberingKind.Book => "book",
        NumberingKind.Division => "division",
        NumberingKind.Chapter => "chapter",
        NumberingKind.Section => "section",
        NumberingKind.Article => "article",
        NumberingKind.Part => "part",
        NumberingKind.Subsection => "subsection",
        NumberingKind.Item => "item",
        NumberingKind.Point => "point",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kind the content format names <paramref name="name"/>; null for a name it does not define.</summary>
    public static NumberingKind? Read(string name) =>
        Enum.GetValues<NumberingKind>().Cast<NumberingKind?>().FirstOrDefault(k => k!.Value.Name() == name);

    /// <summary>
    /// Kinds that are containers whose loss the numbering can prove and repair (a heading-missing
    /// container is inserted). Items and points are list members: a gap there is a lost clause, not a lost heading.
    /// </summary>
    public static bool IsContainer(this NumberingKind kind) => kind < NumberingKind.Item;

    /// <summary>Kinds that are always headings whatever follows the number (第八章 推进…); others only when heading-like.</summary>
    public static bool IsAlwaysHeading(this NumberingKind kind) => kind < NumberingKind.Article;
}
