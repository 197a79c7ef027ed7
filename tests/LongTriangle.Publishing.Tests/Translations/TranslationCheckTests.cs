using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Tests.Fixtures;
using LongTriangle.Publishing.Translations;

namespace LongTriangle.Publishing.Tests.Translations;

public sealed class TranslationCheckTests
{
    /// <summary>The problems of keys, headings and files, without coverage and stamping, which tests of their own cover.</summary>
    private static List<string> StructuralProblems(ContentFixture fixture) =>
        [.. TranslationCheck.Run(ContentReader.Read(fixture.ContentDirectory)).Select(p => p.ToString())
            .Where(p => !p.Contains("neither English nor a reason", StringComparison.Ordinal) && !p.Contains("do not record the hash", StringComparison.Ordinal))];

    [Fact]
    public void Reports_unknown_eIds_misplaced_keys_missing_headings_and_missing_files()
    {
        using var fixture = new ContentFixture();
        fixture.Replace("en/national/outline-2019.yml", "  chp_9: \"", "  chp_10: \"");
        fixture.Replace("en/national/outline-2019.yml", "clauses:\n", "clauses:\n  chp_8__sec_2: \"Section 2\"\n");
        fixture.Write("en/jiangsu/jiangsu-plan.yml", "title: \"Jiangsu\"\n");

        var problems = StructuralProblems(fixture);

        problems.ShouldBe(
        [
            "content/en/jiangsu/jiangsu-plan.yml: there is no Chinese document for this translation (content/zh/<region>/<slug>.md)",
            "content/en/national/outline-2019.yml:7: headings.chp_10: outline-2019 has no eId chp_10",
            "content/en/national/outline-2019.yml:9: clauses.chp_8__sec_2: chp_8__sec_2 is a heading; its English belongs under headings",
            "content/en/national/outline-2019.yml: 1 of 4 headings of outline-2019 have no English: chp_9",
            "content/en/shanghai/shanghai-implementation-plan-2020.yml: 1 of 6 headings of shanghai-implementation-plan-2020 have no English: part_2",
            "content/en/shanghai/shanghai-urbanisation-2024.yml: shanghai-urbanisation-2024 has no English yet: create this file with its title and the English of its 3 headings",
        ]);
    }

    [Fact]
    public void A_numbered_clauses_run_in_heading_needs_english_under_headings()
    {
        using var fixture = new ContentFixture();
        fixture.Replace("en/shanghai/shanghai-implementation-plan-2020.yml", "  part_1__sec_2__item_1: \"1. Serving the National Strategy\"\n", "");
        fixture.Replace("en/national/outline-2019.yml", "headings:\n",
            "headings:\n  chp_8__sec_2__para_1: \"Promoting Opening-Up and Cooperation in Key Fields\"\n  chp_8__sec_1__para_1: \"Working Together on the Import Expo\"\n");

        var problems = StructuralProblems(fixture);

        // A topic sentence may have English under headings; a paragraph without a run-in heading may not.
        problems.ShouldContain("content/en/national/outline-2019.yml:5: headings.chp_8__sec_1__para_1: chp_8__sec_1__para_1 is a paragraph without a run-in heading; its English belongs under clauses");
        problems.ShouldNotContain(p => p.Contains("chp_8__sec_2__para_1"));
        problems.ShouldContain("content/en/shanghai/shanghai-implementation-plan-2020.yml: 2 of 6 headings of shanghai-implementation-plan-2020 have no English: part_1__sec_2__item_1, part_2");
    }
}
