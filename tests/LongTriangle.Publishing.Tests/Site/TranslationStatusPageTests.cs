using System.Text.Json;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Site;

/// <summary>
/// Outdated English stays on the page, marked; a clause left untranslated on purpose shows the Chinese
/// and the reason; both statuses are in the page markup and the JSON, and the coverage counts them.
/// </summary>
public sealed class TranslationStatusPageTests : IDisposable
{
    private readonly ContentFixture _fixture = new();

    public TranslationStatusPageTests()
    {
        _fixture.Replace("en/national/outline-2019.yml", "clauses:\n", """
            clauses:
              chp_8__sec_1__para_2:
                en: "Building the Hongqiao International Opening-up Hub (English for an earlier Chinese text)."
                zh_hash: "0123456789abcdef"
              fragment__para_1:
                reason: "The tail of a chapter the source lost; it is translated with that chapter."

            """);
        BuiltSite.Build(_fixture);
    }

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Outdated_English_is_shown_and_marked_and_an_omitted_clause_shows_its_reason()
    {
        var page = BuiltSite.Page(_fixture, "en/national/outline-2019/");

        page.ShouldContain("""<div class="clause clause-paragraph outdated" data-translation="outdated">""");
        page.ShouldContain("Building the Hongqiao International Opening-up Hub (English for an earlier Chinese text).</p>");
        page.ShouldContain("""<span class="untranslated-label translation-status status-outdated" data-pagefind-ignore>translation outdated: the Chinese has changed since</span>""");
        page.ShouldContain("""<div class="clause clause-paragraph role-fragment untranslated" data-translation="omitted">""");
        page.ShouldContain("""<span class="untranslated-label translation-status status-omitted" data-pagefind-ignore>not translated: The tail of a chapter the source lost; it is translated with that chapter.</span>""");

        var parallel = BuiltSite.Page(_fixture, "en/national/outline-2019/parallel/");
        parallel.ShouldContain("""<p class="untranslated-label translation-status status-outdated">translation outdated: the Chinese has changed since</p>""");
    }

    [Fact]
    public void The_JSON_gives_each_status_and_the_coverage_counts_them()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_fixture.OutputDirectory, "data", "outline-2019.json")));
        var clauses = json.RootElement.GetProperty("clauses").EnumerateArray().ToDictionary(c => c.GetProperty("eId").GetString()!);
        clauses["chp_8__sec_1__para_2"].GetProperty("translation").GetProperty("status").GetString().ShouldBe("outdated");
        clauses["chp_8__sec_1__para_2"].GetProperty("en").GetString().ShouldStartWith("Building the Hongqiao");
        clauses["fragment__para_1"].GetProperty("translation").GetProperty("status").GetString().ShouldBe("omitted");
        clauses["fragment__para_1"].GetProperty("translation").GetProperty("reason").GetString().ShouldStartWith("The tail of a chapter");

        var coverage = json.RootElement.GetProperty("translation");
        coverage.GetProperty("outdated").GetInt32().ShouldBe(1);
        coverage.GetProperty("omitted").GetInt32().ShouldBe(1);
        coverage.GetProperty("complete").GetBoolean().ShouldBeFalse();
        (coverage.GetProperty("translated").GetInt32() + coverage.GetProperty("outdated").GetInt32() + coverage.GetProperty("omitted").GetInt32()
            + coverage.GetProperty("untranslated").GetInt32()).ShouldBe(coverage.GetProperty("clauses").GetInt32());
    }

    [Fact]
    public void An_English_page_with_incomplete_English_never_says_Full_text()
    {
        foreach (var path in new[] { "en/", "en/shanghai/", "en/shanghai/shanghai-implementation-plan-2020/" })
        {
            var page = BuiltSite.Page(_fixture, path);
            page.ShouldNotContain(">Full text<", customMessage: path);
            page.ShouldContain("Full text in Chinese; the English translation is not complete", customMessage: path);
        }
    }
}
