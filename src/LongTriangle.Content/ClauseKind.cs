namespace LongTriangle.Content;

public enum ClauseKind
{
    Heading,
    Paragraph,
}
