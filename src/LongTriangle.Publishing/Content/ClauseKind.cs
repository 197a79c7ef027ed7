namespace LongTriangle.Publishing.Content;

public enum ClauseKind
{
    Heading,
    Paragraph,
}
