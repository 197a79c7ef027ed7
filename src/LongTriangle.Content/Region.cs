namespace LongTriangle.Content;

/// <summary>A region of the site as listed in <c>content/site.yml</c>: its id (a folder and URL segment) and its names.</summary>
public sealed record Region(string Id, string Zh, string En);
