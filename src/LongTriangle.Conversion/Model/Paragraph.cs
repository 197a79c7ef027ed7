namespace LongTriangle.Conversion.Model;

/// <summary>
/// One paragraph (or numbered clause such as <c>1.…</c> or <c>（一）…。…</c>) of the body, as one line of text.
/// <paramref name="RunIn"/> is the length of the heading the clause opens with, if any (<c>（一）指导思想</c> in
/// <c>（一）指导思想。以…</c>); the genre sets it in bold, and the site lists it in the table of contents.
/// </summary>
public sealed record Paragraph(ClauseId Id, int Line, string Text, ParagraphRole Role, int RunIn = 0) : DocumentBlock(Id, Line, Text)
{
    public override DocumentBlock WithText(string text) => this with { Text = text, RunIn = 0 };
}
