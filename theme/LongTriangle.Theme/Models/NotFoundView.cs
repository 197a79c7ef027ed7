namespace LongTriangle.Theme.Models;

/// <summary>The 404 page of one language.</summary>
public sealed record NotFoundView(PageFrame Frame, string Heading, string Text, IReadOnlyList<Link> Links);
