using System.Text;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Markdown;

/// <summary>
/// Writes the body: each heading and paragraph as one line of escaped text ending with its attribute block
/// <c>{#eId .class numbering=kind}</c> (the class only for a special role, the numbering only for a numbered
/// block), blocks separated by a blank line. A clause's run-in heading is strong emphasis:
/// <c>**（一）指导思想**。以…</c>. The 。 stays outside the asterisks because CommonMark only closes
/// emphasis after punctuation when punctuation or space follows, which Chinese text never supplies.
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
        Heading h => $"{new string('#', h.Level)} {MarkdownEscaper.Escape(h.Text)} {Attributes(h, h.Missing ? BlockRole.HeadingMissing : h.RestoredFrom is null ? BlockRole.None : BlockRole.HeadingRestored)}",
        Paragraph { RunIn: > 0 } p => $"**{MarkdownEscaper.Escape(p.Text[..p.RunIn])}**{MarkdownEscaper.Escape(p.Text[p.RunIn..])} {Attributes(p, BlockRoles.Of(p.Role))}",
        Paragraph p => $"{MarkdownEscaper.Escape(p.Text)} {Attributes(p, BlockRoles.Of(p.Role))}",
        _ => throw new ArgumentOutOfRangeException(nameof(block)),
    };

    private static string Attributes(DocumentBlock block, BlockRole role)
    {
        var attributes = new StringBuilder("{#").Append(block.Id.Value);
        if (role.ClassName() is { } cssClass) attributes.Append(" .").Append(cssClass);
        if (block.Numbering is { } numbering) attributes.Append(' ').Append(ContentAttributes.Numbering).Append('=').Append(numbering.Name());
        return attributes.Append('}').ToString();
    }
}
