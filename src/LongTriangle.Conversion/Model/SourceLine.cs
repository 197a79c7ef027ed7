namespace LongTriangle.Conversion.Model;

/// <summary>
/// One line of working text. <paramref name="Number"/> is the 1-based line of the seed it came from,
/// kept through every stage so that errors and repairs can point a reader back to the seed.
/// When stages join lines, the joined line keeps the number of its first line.
/// </summary>
public sealed record SourceLine(int Number, string Text);
