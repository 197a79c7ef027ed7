namespace LongTriangle.Conversion.Model;

/// <summary>What a reader should know about the text's condition, at a glance.</summary>
/// <param name="RestoredFromSpunCopy">The seed was a synonym-spun copy whose wording was reversed.</param>
/// <param name="LostCharacters">Characters lost beyond repair, left as □ in the text.</param>
/// <param name="MissingHeadings">Headings the numbering shows were lost, inserted with their number only.</param>
public sealed record DocumentFlags(bool RestoredFromSpunCopy, int LostCharacters, int MissingHeadings);
