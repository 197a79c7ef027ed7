namespace LongTriangle.Theme.Models;

/// <summary>
/// A corrected place in a clause's text: the characters <paramref name="Start"/>…+<paramref name="Length"/>
/// are the editor's reading (empty when the correction deleted something), and <paramref name="SourceReading"/>
/// is what the source copy read there (empty when it lacked the words).
/// </summary>
public sealed record TextMark(int Start, int Length, string SourceReading, string Reason);
