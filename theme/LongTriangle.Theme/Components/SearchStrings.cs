using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using LongTriangle.Theme.Strings;

namespace LongTriangle.Theme.Components;

/// <summary>The words the search script shows, handed to it as JSON in a data attribute (the script has no strings of its own).</summary>
public static class SearchStrings
{
    // Chinese stays readable in the page source; the attribute is HTML-encoded by Razor in any case.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Json(UiStrings strings) => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["noResults"] = strings.SearchNoResults,
        ["oneResult"] = strings.SearchOneResult,
        ["resultCount"] = strings.SearchResultCount,
        ["loading"] = strings.SearchLoading,
        ["unavailable"] = strings.SearchUnavailable,
        ["allResults"] = strings.SearchAllResults,
        ["anyValue"] = strings.SearchAnyValue,
        ["chineseText"] = strings.SearchChineseText,
        ["partialMatches"] = strings.SearchPartialMatches,
        ["moreResults"] = strings.SearchMoreResults,
        ["corrected"] = strings.SearchCorrected,
    }, Options);
}
