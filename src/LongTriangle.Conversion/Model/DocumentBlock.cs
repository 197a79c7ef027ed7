namespace LongTriangle.Conversion.Model;

/// <summary>
/// One block of a document's body, in reading order: a <see cref="Heading"/> or a <see cref="Paragraph"/>.
/// Every block carries its eId and the seed line it came from.
/// </summary>
public abstract record DocumentBlock(ClauseId Id, int Line, string Text)
{
    /// <summary>The same block with other text (errata); id and position never change.</summary>
    public abstract DocumentBlock WithText(string text);
}
