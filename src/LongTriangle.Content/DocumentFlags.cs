namespace LongTriangle.Content;

/// <summary>What a reader should know about the text: restored from a spun copy, □ left in it, headings the source lost.</summary>
public sealed record DocumentFlags(bool RestoredFromSpunCopy, int LostCharacters, int MissingHeadings);
