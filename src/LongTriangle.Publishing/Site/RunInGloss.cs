using System.Text.RegularExpressions;

namespace LongTriangle.Publishing.Site;

/// <summary>
/// The English run-in heading shown before a clause's Chinese text on an English page (the clause itself
/// not yet translated). Translators number the English heading as the Chinese is numbered ("1. Implementing
/// … Across the Board"); the Chinese text that follows keeps its own number ("1.全面实施…"), so the gloss
/// drops its number rather than showing the item's number twice.
/// </summary>
public static partial class RunInGloss
{
    public static string For(string englishHeading, string chineseText) =>
        ChineseNumber().IsMatch(chineseText) ? EnglishNumber().Replace(englishHeading, "", 1) : englishHeading;

    /// <summary>An item number at the start: 1. 1、 1． （1） (1) ① 一、 （一）.</summary>
    [GeneratedRegex(@"^\s*(?:\d+\s*[.．、]|[（(]\s*[\d一二三四五六七八九十]+\s*[)）]|[\u2460-\u2473]|[一二三四五六七八九十]+、)")]
    private static partial Regex ChineseNumber();

    /// <summary>An English item number at the start: "1. ", "(1) ", "1) ", "IV. ".</summary>
    [GeneratedRegex(@"^\s*(?:\d+[.)]|\(\d+\)|[IVXLC]+\.)\s+")]
    private static partial Regex EnglishNumber();
}
