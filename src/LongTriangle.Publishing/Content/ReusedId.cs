namespace LongTriangle.Publishing.Content;

/// <summary>
/// An eId that now names another heading or clause than it did when links to it were made (content/aliases.yml,
/// under the document's <c>reused:</c>): until <paramref name="Until"/> it named the text that is now at
/// <paramref name="Now"/>. The page says so at the reused place, so an old link does not land silently on other text.
/// </summary>
/// <param name="Until">The day the old meaning ended (the first build with the new one).</param>
/// <param name="Line">Its line in content/aliases.yml, for problems found against the documents.</param>
public sealed record ReusedId(string Id, DateOnly Until, string Now, int Line);
