namespace LongTriangle.Conversion.Sidecars;

/// <summary>A region of the site (content/site.yml): its id (a folder and URL segment) and its names.</summary>
public sealed record Region(string Id, string Zh, string En);
