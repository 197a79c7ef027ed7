using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Site;

/// <summary>
/// An editor's correction of the Chinese is shown wherever a reader reads text made from that Chinese: marked in
/// place on the Simplified and Traditional pages and in the Chinese column side by side, and said in a note under
/// the English that translates it, so that a reader comparing with another copy knows why the Chinese differs.
/// </summary>
public sealed class CorrectionsInEveryRenditionTests : IDisposable
{
    private readonly ContentFixture _fixture = new();

    public CorrectionsInEveryRenditionTests()
    {
        // The fixture's erratum (新 was missing from the newspaper copy) is on chp_8__sec_1__para_2; give it English.
        _fixture.Replace("en/national/outline-2019.yml", "clauses:\n", """
            clauses:
              chp_8__sec_1__para_2:
                en: "Build the Hongqiao International Opening-up Hub and a new platform for the international trade centre."

            """);
        BuiltSite.Build(_fixture);
    }

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void The_Simplified_and_Traditional_pages_mark_the_place_in_their_own_script()
    {
        BuiltSite.Page(_fixture, "zh/national/outline-2019/")
            .ShouldContain("""国际贸易中心<ins class="correction" title="words missing from the newspaper copy">新</ins><span class="correction-source" data-pagefind-ignore>〔来源副本无此处文字〕</span>平台。""");
        BuiltSite.Page(_fixture, "zh-hant/national/outline-2019/")
            .ShouldContain("""國際貿易中心<ins class="correction" title="words missing from the newspaper copy">新</ins><span class="correction-source" data-pagefind-ignore>〔來源副本無此處文字〕</span>平臺。""");
    }

    [Fact]
    public void The_Chinese_column_side_by_side_is_marked_in_every_rendition()
    {
        BuiltSite.Page(_fixture, "zh-hant/national/outline-2019/parallel/").ShouldContain("""<ins class="correction" title="words missing from the newspaper copy">新</ins><span class="correction-source" data-pagefind-ignore>〔來源副本無此處文字〕</span>平臺""");
        // On the English page the note beside the Chinese is English, tagged as such inside the Chinese column.
        BuiltSite.Page(_fixture, "en/national/outline-2019/parallel/").ShouldContain("""<ins class="correction" title="words missing from the newspaper copy">新</ins><span class="correction-source" lang="en" data-pagefind-ignore> [not in the source copy]</span>平台""");
    }

    [Fact]
    public void Under_the_English_a_note_says_the_Chinese_it_translates_was_corrected()
    {
        var page = BuiltSite.Page(_fixture, "en/national/outline-2019/");
        page.ShouldContain("a new platform for the international trade centre.</p>");
        page.ShouldContain("""<p class="correction-note" data-pagefind-ignore><span class="label">The Chinese here is corrected</span>: <span lang="zh-Hans">“国际贸易中心新平台”</span>; the source copy read <span lang="zh-Hans">“国际贸易中心平台”</span> (words missing from the newspaper copy)</p>""");
        // The English text itself carries no Chinese marks.
        page.ShouldNotContain("""lang="en" data-pagefind-ignore> [not in the source copy]""");
    }
}
