namespace LongTriangle.Conversion.Collation;

/// <summary>One paragraph of one document, as a witness of a passage: which document, which clause, its text.</summary>
public sealed record Witness(string Document, string Eid, string Text);
