using System.Text;

namespace LongTriangle.Content.Markdown;

/// <summary>
/// Writes the body: each heading and paragraph as one line of escaped text ending with its attribute block
/// <c>{#eId .class numbering=kind}</c> (the class only for a special role, the numbering only for a numbered
/// block), blocks separated by a blank line. A clause's run-in heading is strong emphasis:
/// <c>**（一）指导思想**。以…</c>. The 。 stays outside the asterisks because CommonMark only closes
/// emphasis after punctuation when punctuation or space follows, which Chinese text never supplies.
/// </summary>
public static class BodyWriter
{
    public static string Write(IEnumerable<Clause> body)
    {
        var text = new StringBuilder();
        foreach (var clause in body)
        {
            if (text.Length > 0) text.Append('\n');
            text.Append(Line(clause)).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>One heading or paragraph; a paragraph's run-in heading must be the start of its text.</summary>
    public static string Line(Clause clause)
    {
        if (clause.IsHeading)
            return $"{new string('#', clause.Level)} {MarkdownEscaper.Escape(clause.Text)} {Attributes(clause)}";
        if (clause.RunIn is not { Length: > 0 } runIn)
            return $"{MarkdownEscaper.Escape(clause.Text)} {Attributes(clause)}";
        if (!clause.Text.StartsWith(runIn, StringComparison.Ordinal))
            throw new ArgumentException($"the run-in heading of {clause.Id} is not the start of its text", nameof(clause));
        return $"**{MarkdownEscaper.Escape(runIn)}**{MarkdownEscaper.Escape(clause.Text[runIn.Length..])} {Attributes(clause)}";
    }

    private static string Attributes(Clause clause)
    {
        var attributes = new StringBuilder("{#").Append(clause.Id.Value);
        if (clause.Role.ClassName() is { } cssClass) attributes.Append(" .").Append(cssClass);
        if (clause.Numbering is { } numbering) attributes.Append(' ').Append(ContentAttributes.Numbering).Append('=').Append(numbering.Name());
        return attributes.Append('}').ToString();
    }
}
