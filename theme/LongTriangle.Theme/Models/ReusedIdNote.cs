namespace LongTriangle.Theme.Models;

/// <summary>
/// At a heading or clause whose eId named other text before: links made to it earlier meant the text now at
/// <paramref name="Now"/>, so a reader who arrives by such a link is told where to go.
/// </summary>
/// <param name="Notice">The sentence before the link, in the page's language (it carries the date).</param>
/// <param name="Now">The link to the place that holds the old text.</param>
public sealed record ReusedIdNote(string Notice, Link Now);
