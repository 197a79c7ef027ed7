using System.Text;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Markdown;

/// <summary>
/// Writes the body: each heading and paragraph as one line of escaped text ending with its attribute block
/// <c>{#eId .class}</c>, blocks separated by a blank line.
/// </summary>
public static class BodyWriter
{
    public static string Write(IEnumerable<DocumentBlock> body)
    {
        var text = new StringBuilder();
        foreach (var block in body)
        {
            if (text.Length > 0) text.Append('\n');
            text.Append(Line(block)).Append('\n');
        }
        return text.ToString();
    }

    public static string Line(DocumentBlock block) => block switch
    {
        Heading h => $"{new string('#', h.Level)} {MarkdownEscaper.Escape(h.Text)} {Attributes(h.Id, h.Missing ? "heading-missing" : null)}",
        Paragraph p => $"{MarkdownEscaper.Escape(p.Text)} {Attributes(p.Id, Class(p.Role))}",
        _ => throw new ArgumentOutOfRangeException(nameof(block)),
    };

    private static string Attributes(ClauseId id, string? cssClass) =>
        cssClass is null ? $"{{#{id.Value}}}" : $"{{#{id.Value} .{cssClass}}}";

    private static string? Class(ParagraphRole role) => role switch
    {
        ParagraphRole.Clause => null,
        ParagraphRole.Notice => "notice",
        ParagraphRole.Preface => "preface",
        ParagraphRole.Fragment => "fragment",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}
