using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LongTriangle.Browser.Tests.Infrastructure;

namespace LongTriangle.Browser.Tests.Accessibility;

[Collection(BrowserCollection.Name)]
public sealed class AxeTests(SiteFixture fixture)
{
    // Collecting the passing checks too would triple the time on the long document pages.
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    public static TheoryData<string, ColorScheme> LanguagesAndSchemes => new()
    {
        { "zh", ColorScheme.Light }, { "en", ColorScheme.Light }, { "zh", ColorScheme.Dark }, { "en", ColorScheme.Dark },
    };

    [Theory]
    [MemberData(nameof(LanguagesAndSchemes))]
    public async Task Every_page_type_has_no_serious_or_critical_accessibility_violations(string language, ColorScheme scheme)
    {
        await using var reader = await fixture.OpenAsync(colourScheme: scheme);
        var found = new List<string>();
        foreach (var type in fixture.Site.PageTypes)
        {
            var path = type.PathIn(fixture.Site, language);
            await reader.OpenAsync(type, fixture.Site, language);

            var result = await reader.Page.RunAxe(ViolationsOnly);
            found.AddRange(result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{type} {path}: {v.Impact} {v.Id} ({v.Help}) at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }
        found.ShouldBeEmpty();
        reader.ShouldHaveNoProblems();
    }
}
