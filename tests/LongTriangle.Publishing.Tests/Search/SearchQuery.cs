using System.Diagnostics;
using System.Text.Json;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Search;

/// <summary>One clause result, as the site's own search code (assets/js/search-clauses.js) returns it.</summary>
public sealed record ClauseResult(string Url, string Id, string Document, string[] HeadingPath, string Excerpt, string Lang, string? Region, string? Type, string Match, string[] Terms, bool Heading);

/// <summary>One query's answer: the results (phrase and all-terms matches, <see cref="Total"/> in all), the separated
/// partial matches, and the query searched instead when the one typed matched nothing.</summary>
public sealed record QueryResult(string Query, string? Corrected, int Total, ClauseResult[] Results, int PartialTotal, ClauseResult[] Partial);

/// <summary>
/// Searches a built site's index in Node with scripts/search-index.mjs, which loads the site's pagefind.js
/// and search-clauses.js: the index and the code the browser uses, without a browser.
/// </summary>
internal static class SearchQuery
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<QueryResult> Run(string site, string language, params string[] queries)
    {
        var script = Path.Combine(RepositoryRoot.Path, "scripts", "search-index.mjs");
        var (exit, output, errors) = NodeScript.Run(script, [site, language, .. queries]);
        if (exit != 0) throw new InvalidOperationException($"search-index.mjs failed ({exit}): {errors}");
        using var document = JsonDocument.Parse(output);
        return document.RootElement.GetProperty("queries").Deserialize<QueryResult[]>(Json)!;
    }

    public static QueryResult One(string site, string language, string query) => Run(site, language, query)[0];
}
