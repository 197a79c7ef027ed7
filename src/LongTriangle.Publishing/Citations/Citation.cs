namespace LongTriangle.Publishing.Citations;

/// <summary>How to cite one heading or clause, in both languages.</summary>
public sealed record Citation(string Zh, string En);
