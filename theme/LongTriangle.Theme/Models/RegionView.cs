namespace LongTriangle.Theme.Models;

/// <summary>A region's table of contents: each document with its outline linking to the clause anchors.</summary>
public sealed record RegionView(PageFrame Frame, string Heading, IReadOnlyList<RegionDocument> Documents, string EmptyText, CompareLinks? Compare = null);

public sealed record RegionDocument(DocumentSummary Summary, IReadOnlyList<TocEntry> Outline);
