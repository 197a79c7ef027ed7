using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Search;

/// <summary>
/// How search treats a query, over the repository's content with the real index and the site's own search code
/// (scripts/search-index.mjs): whole Chinese words, the order of phrase, all-terms and partial matches, counts,
/// Traditional script, glossary abbreviations and the other language, typos, English headings.
/// </summary>
[Collection(RepositorySiteCollection.Name)]
public sealed class SearchBehaviourTests(RepositorySite site)
{
    [Theory]
    [InlineData("医保")]
    [InlineData("一网通办")]
    [InlineData("异地就医")]
    [InlineData("户籍")]
    public void A_Chinese_query_matches_only_clauses_holding_it_whole_and_counts_what_it_lists(string query)
    {
        var found = SearchQuery.One(site.Directory, "zh", query);

        found.Results.ShouldNotBeEmpty();
        found.Total.ShouldBe(found.Results.Length);
        found.Results.ShouldAllBe(r => r.Excerpt.Contains("[" + query + "]") && r.Match == "phrase");
        found.Results.Select(r => r.Url).Distinct().Count().ShouldBe(found.Results.Length);
    }

    [Fact]
    public void Phrase_matches_come_first_across_documents_then_clauses_with_every_term_and_partial_matches_apart()
    {
        var found = SearchQuery.One(site.Directory, "zh", "虹桥 交通");

        found.Results.Select(r => r.Match).ShouldAllBe(m => m == "phrase" || m == "all");
        found.Results.Where(r => r.Match == "all").ShouldNotBeEmpty();
        found.Results.SkipWhile(r => r.Match == "phrase").ShouldAllBe(r => r.Match == "all");
        found.Results.ShouldAllBe(r => r.Terms.Contains("虹桥") && r.Terms.Contains("交通"));
        found.Partial.ShouldNotBeEmpty();
        found.Partial.ShouldAllBe(r => r.Match == "partial");
        found.Partial.Select(r => r.Url).Intersect(found.Results.Select(r => r.Url)).ShouldBeEmpty();

        // Every document that says 虹桥 is found, none cut off after a few results of another.
        var saying = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Content, "zh"), "*.md", SearchOption.AllDirectories)
            .Count(f => File.ReadAllText(f).Contains("虹桥", StringComparison.Ordinal));
        SearchQuery.One(site.Directory, "zh", "虹桥").Results.Select(r => r.Document).Distinct().Count().ShouldBe(saying);
    }

    [Fact]
    public void English_results_for_Chinese_text_name_the_document_in_English()
    {
        // English pages carry every title in English; a clause found in the Chinese index names its document
        // as the English page does, never by its Chinese title.
        var found = SearchQuery.One(site.Directory, "en", "虹桥");

        found.Results.ShouldContain(r => r.Lang == "zh");
        found.Results.ShouldAllBe(r => !System.Text.RegularExpressions.Regex.IsMatch(r.Document, @"\p{IsCJKUnifiedIdeographs}"));
    }

    [Theory]
    [InlineData("異地就醫", "异地就医")]
    [InlineData("臨港新片區", "临港新片区")]
    [InlineData("區域一體化", "区域一体化")]
    [InlineData("計畫", "计划")] // 畫 alone is 画: OpenCC's phrase (Taiwan writes 計畫)
    [InlineData("畫定", "划定")] // 畫 alone is 画: a word of the converter's word list, generated into the table
    public void A_Traditional_query_finds_what_its_Simplified_form_finds(string traditional, string simplified)
    {
        var found = SearchQuery.Run(site.Directory, "zh", traditional, simplified);

        found[0].Results.ShouldNotBeEmpty();
        found[0].Results.Select(r => r.Url).ShouldBe(found[1].Results.Select(r => r.Url));
    }

    [Theory]
    [InlineData("異地就醫", "异地就医")]
    [InlineData("一網通辦", "一网通办")]
    public void On_the_Traditional_edition_a_Traditional_query_finds_its_own_clauses_in_its_own_index(string traditional, string simplified)
    {
        var found = SearchQuery.Run(site.Directory, "zh-hant", traditional, simplified);

        found[0].Results.ShouldNotBeEmpty();
        found[0].Results.ShouldAllBe(r => r.Lang == "zh-hant" && r.Url.StartsWith("/zh-hant/", StringComparison.Ordinal));
        found[0].Results.ShouldAllBe(r => r.Excerpt.Contains("[" + traditional + "]"));
        // The same clauses as the Simplified query on the Simplified edition, same eIds (ties may rank apart:
        // Pagefind scores the words of each index by that index's own frequencies).
        found[1].Results.Select(r => r.Url).ShouldBe(found[0].Results.Select(r => r.Url));
        SearchQuery.One(site.Directory, "zh", simplified).Results.Select(r => r.Id).ShouldBe(found[0].Results.Select(r => r.Id), ignoreOrder: true);
    }

    [Fact]
    public void Abbreviations_and_the_other_language_find_the_glossary_term()
    {
        var found = SearchQuery.Run(site.Directory, "zh", "进博会", "CIIE", "Hongqiao", "虹桥", "自贸区");

        found[0].Results.ShouldNotBeEmpty();
        found[0].Results.ShouldAllBe(r => r.Excerpt.Contains("进口博览会"));
        found[1].Results.Select(r => r.Url).ShouldBe(found[0].Results.Select(r => r.Url), ignoreOrder: true);
        found[2].Results.Select(r => r.Url).ShouldBe(found[3].Results.Select(r => r.Url), ignoreOrder: true);
        found[4].Results.ShouldContain(r => r.Excerpt.Contains("[自由贸易试验区]"));
        found[4].Results.ShouldContain(r => r.Excerpt.Contains("[自贸试验区]"));
    }

    [Fact]
    public void A_Chinese_query_that_matches_nothing_is_corrected_to_the_text_one_character_away()
    {
        var found = SearchQuery.One(site.Directory, "zh", "进口博揽会");

        found.Corrected.ShouldBe("进口博览会");
        found.Results.ShouldNotBeEmpty();
        found.Results.ShouldAllBe(r => r.Excerpt.Contains("进口博览会"));
        SearchQuery.One(site.Directory, "zh", "进口博览会").Corrected.ShouldBeNull();
    }

    [Fact]
    public void In_English_headings_holding_the_query_rank_above_other_clauses_and_other_zones_are_only_partial()
    {
        var found = SearchQuery.One(site.Directory, "en", "demonstration zone");

        found.Results.ShouldNotBeEmpty();
        found.Results[0].Heading.ShouldBeTrue();
        found.Results.TakeWhile(r => r.Heading).Count().ShouldBe(found.Results.Count(r => r.Heading));
        found.Results.ShouldNotContain(r => r.Excerpt.Contains("Free Trade Zone"));
        found.Partial.ShouldContain(r => r.Excerpt.Contains("Free Trade [Zone]"));
    }

    [Fact]
    public void An_English_abbreviation_of_the_glossary_matches_whole_words_only()
    {
        // BRI (Belt and Road Initiative) is not the start of "bring".
        SearchQuery.One(site.Directory, "en", "Belt and Road").Results.ShouldNotContain(r => r.Excerpt.Contains("[bri]", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Each_result_names_the_words_its_landing_clause_highlights()
    {
        var found = SearchQuery.One(site.Directory, "zh", "进博会");

        found.Results.ShouldAllBe(r => r.Terms.Length > 0 && r.Terms.All(t => r.Excerpt.Contains(t) || t.Length > 20));
    }
}
