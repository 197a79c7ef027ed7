using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Tests.Fixtures;
using LongTriangle.Publishing.Translations;

namespace LongTriangle.Publishing.Tests.Translations;

public sealed class TranslationCheckTests
{
    [Fact]
    public void Reports_unknown_eIds_misplaced_keys_missing_headings_and_missing_files()
    {
        using var fixture = new ContentFixture();
        fixture.Replace("en/national/outline-2019.yml", "  chp_9: \"", "  chp_10: \"");
        fixture.Replace("en/national/outline-2019.yml", "clauses:\n", "clauses:\n  chp_8__sec_2: \"Section 2\"\n");
        fixture.Write("en/jiangsu/jiangsu-plan.yml", "title: \"Jiangsu\"\n");

        var problems = TranslationCheck.Run(ContentReader.Read(fixture.ContentDirectory)).Select(p => p.ToString()).ToList();

        problems.ShouldBe(
        [
            "content/en/jiangsu/jiangsu-plan.yml: there is no Chinese document for this translation (content/zh/<region>/<slug>.md)",
            "content/en/national/outline-2019.yml:7: headings.chp_10: outline-2019 has no eId chp_10",
            "content/en/national/outline-2019.yml:9: clauses.chp_8__sec_2: chp_8__sec_2 is a heading; its English belongs under headings",
            "content/en/national/outline-2019.yml: 1 of 4 headings of outline-2019 have no English: chp_9",
            "content/en/shanghai/shanghai-implementation-plan-2020.yml: 1 of 4 headings of shanghai-implementation-plan-2020 have no English: part_2",
            "content/en/shanghai/shanghai-urbanisation-2024.yml: shanghai-urbanisation-2024 has no English yet: create this file with its title and the English of its 2 headings",
        ]);
    }
}
