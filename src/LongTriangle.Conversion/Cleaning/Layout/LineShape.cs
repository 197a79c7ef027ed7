using System.Text.RegularExpressions;

namespace LongTriangle.Conversion.Cleaning.Layout;

/// <summary>
/// What a line of a Chinese policy document looks like from the outside: Han text, sentence ends,
/// numbered headings. Shared by the line-level stages so that they agree on what a heading is.
/// Punctuation may still be ASCII here (the punctuation stage runs later), so both widths count.
/// </summary>
internal static partial class LineShape
{
    /// <summary>Characters that end a sentence or a clause that introduces what follows.</summary>
    private const string Terminals = "。！？；：…!?;:";

    /// <summary>Closers that may follow a terminal (…。” or …。）) without reopening the sentence.</summary>
    private const string Closers = "”’」』）)》〉】\"'";

    /// <summary>Sentence-internal punctuation: a line holding one of these is prose, not a title.</summary>
    private const string ProsePunctuation = "，,、。；;：:！!？?";

    public static bool IsHan(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>Whether the line ends its sentence (ignoring trailing closers and spaces).</summary>
    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        var i = t.Length - 1;
        while (i >= 0 && Closers.Contains(t[i]))
        {
            i--;
        }

        return i >= 0 && Terminals.Contains(t[i]);
    }

    public static bool HasProsePunctuation(string text) => text.AsSpan().IndexOfAny(ProsePunctuation) >= 0;

    public static bool HasSentenceEndInside(string text) => text.AsSpan().IndexOfAny("。；;！!？?") >= 0;

    /// <summary>
    /// The numbering a heading or numbered item starts with (第八章 , 一、, （一）, 1., (1)), or null.
    /// </summary>
    public static string? HeadingNumber(string text)
    {
        var m = HeadingNumberPattern().Match(text.TrimStart());
        return m.Success ? m.Value : null;
    }

    /// <summary>
    /// A heading line: numbered and short, with no full sentence in it. Numbered items that are whole
    /// paragraphs ("1.坚持……。") are not headings for layout purposes.
    /// </summary>
    public static bool IsHeading(string text)
    {
        var t = text.Trim();
        if (HeadingNumber(t) is null)
        {
            return false;
        }

        return t.Length <= 60 && !HasSentenceEndInside(t);
    }

    /// <summary>A short line without prose punctuation: a title, an issuer, a date, a site name.</summary>
    public static bool IsTitleLike(string text)
    {
        var t = text.Trim();
        return t.Length > 0 && t.Length <= 60 && !HasProsePunctuation(t);
    }

    public static int HanCount(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                n++;
            }
        }

        return n;
    }

    [GeneratedRegex(@"^(?:第[一二三四五六七八九十百零〇两\d]+[章节條条部篇编編](?=\s|[\p{IsCJKUnifiedIdeographs}])|[一二三四五六七八九十百零〇]+[、.．](?!\d)|[（(][一二三四五六七八九十百零〇]+[）)]|\d{1,3}[.．、](?!\d)|[（(]\d{1,3}[）)]|[①-⑳])")]
    private static partial Regex HeadingNumberPattern();
}
