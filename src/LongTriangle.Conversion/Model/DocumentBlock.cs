namespace LongTriangle.Conversion.Model;

/// <summary>
/// One block of a document's body, in reading order: a <see cref="Heading"/> or a <see cref="Paragraph"/>.
/// Every block carries its eId and the seed line it came from.
/// </summary>
public abstract record DocumentBlock(ClauseId Id, int Line, string Text)
{
    /// <summary>
    /// The numbering that opens the block (第八章 is a chapter, （一） a subsection, 附件1 an annex), as the outline
    /// builder read it; null for unnumbered headings (前言) and paragraphs. Written into the content beside the eId.
    /// </summary>
    public NumberingKind? Numbering { get; init; }

    /// <summary>The same block with other text (errata); id and position never change.</summary>
    public abstract DocumentBlock WithText(string text);
}
