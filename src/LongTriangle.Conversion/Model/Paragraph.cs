namespace LongTriangle.Conversion.Model;

/// <summary>One paragraph (or numbered clause such as <c>1.…</c> or <c>（一）…。…</c>) of the body, as one line of text.</summary>
public sealed record Paragraph(ClauseId Id, int Line, string Text, ParagraphRole Role) : DocumentBlock(Id, Line, Text)
{
    public override DocumentBlock WithText(string text) => this with { Text = text };
}
