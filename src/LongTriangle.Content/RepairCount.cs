namespace LongTriangle.Content;

/// <summary>How many repairs of one kind the converter made (front matter <c>repairs:</c>).</summary>
public sealed record RepairCount(RepairKind Kind, int Count);
