using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// Whether the text reaches the document's end, judged from how it ends: a closing signature (落款) or a
/// last paragraph that ends its sentence are an ending; a text that stops mid-sentence, after a colon that
/// announces what follows, under a heading with nothing below it, or on a note that the page is cut (未完) is
/// not. Says what is known to be missing, in the document's language.
/// </summary>
public static class DocumentEnding
{
    /// <summary>How many characters of the last text are quoted to say where the seed stops.</summary>
    private const int QuotedTail = 12;

    private static readonly string[] CutNotes = ["未完待续", "（未完）", "(未完)", "未完，", "待续）", "（待续）"];

    /// <summary>What is missing after the last block of <paramref name="structure"/>, or null when the text ends.</summary>
    public static string? Missing(DocumentStructure structure)
    {
        var last = structure.Body.LastOrDefault(b => b is not Paragraph { Role: ParagraphRole.Closing or ParagraphRole.Notice });
        if (last is null) return null;
        // The signature closes the document; only an annex printed after it can still be cut.
        if (structure.Closing is not null && !last.Id.Value.StartsWith("annex_", StringComparison.Ordinal)) return null;

        var text = last.Text.Trim().TrimEnd('\u3000');
        if (last is Heading)
            return $"「{text}」之下的内容";
        if (CutNotes.Any(n => text.EndsWith(n, StringComparison.Ordinal)) || text.EndsWith('…') || text.EndsWith("...", StringComparison.Ordinal))
            return $"「{Tail(text)}」之后的内容（原文注明未完）";
        var end = text.TrimEnd('”', '’', '」', '』', '）', ')', '》', '"', '\'');
        if (end.Length == 0) return null;
        return end[^1] switch
        {
            '。' or '！' or '？' or '；' or '!' or '?' or ';' => null,
            '：' or ':' => $"「{Tail(text)}」之后的内容（原文在引出下文处中断）",
            _ => $"「{Tail(text)}」之后的内容（原文在句中中断）",
        };
    }

    private static string Tail(string text) => text.Length <= QuotedTail ? text : "…" + text[^QuotedTail..];
}
