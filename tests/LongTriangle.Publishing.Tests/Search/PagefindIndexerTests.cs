using System.Text.Json;
using System.Text.RegularExpressions;
using LongTriangle.Publishing.Search;
using LongTriangle.Publishing.Tests.Fixtures;
using LongTriangle.Theme.Strings;

namespace LongTriangle.Publishing.Tests.Search;

/// <summary>Real Pagefind over the built content fixture, queried with the site's own search code in Node.</summary>
public sealed partial class PagefindIndexerTests(IndexedSite site) : IClassFixture<IndexedSite>
{
    private const string Outline = "outline-2019";

    [Fact]
    public void There_is_one_index_per_page_language()
    {
        using var entry = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Bundle, "pagefind-entry.json")));
        var languages = entry.RootElement.GetProperty("languages");

        languages.EnumerateObject().Select(l => l.Name).ShouldBe(["en", "zh-hans", "zh-hant"]);
        foreach (var language in languages.EnumerateObject())
            language.Value.GetProperty("page_count").GetInt32().ShouldBe(3); // the 3 documents; the glossary page is not a search result (its terms are query variants)
        // Whether an index's pages hold Chinese text: the Chinese one does, and so does the English one here, whose
        // pages show untranslated clauses in Chinese (their Chinese forms of an English query are then looked up).
        languages.GetProperty("zh-hans").GetProperty("han_text").GetBoolean().ShouldBeTrue();
        languages.GetProperty("en").GetProperty("han_text").GetBoolean().ShouldBeTrue();
        // The site's renditions are copied in, so that the search needs no other file before its first lookup.
        using var renditions = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Directory, "data", "renditions.json")));
        JsonSerializer.Serialize(entry.RootElement.GetProperty("renditions"))
            .ShouldBe(JsonSerializer.Serialize(renditions.RootElement.GetProperty("renditions")));
    }

    [Fact]
    public void The_build_summary_reports_the_indexes_pages_clauses_and_size()
    {
        var clauses = Directory.EnumerateFiles(Path.Combine(site.Content.ContentDirectory, "zh"), "*.md", SearchOption.AllDirectories)
            .Sum(f => Regex.Count(File.ReadAllText(f), @"\{#[a-z]"));
        var kilobytes = (int)Math.Ceiling(Directory.EnumerateFiles(site.Bundle, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1024.0);

        site.Result.IndexSummary.ShouldBe($"3 indexes (en, zh-hans, zh-hant), 9 pages, {clauses * 3} clauses, {kilobytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', ' ')} KB");
    }

    [Theory]
    [InlineData("zh", "虹桥", "/zh/national/outline-2019/#chp_8__sec_1__para_2")]
    [InlineData("zh", "示范区", "/zh/national/outline-2019/#chp_8__sec_2__para_2")]
    [InlineData("zh", "开放枢纽", "/zh/national/outline-2019/#chp_8__sec_1__para_2")]
    [InlineData("zh", "户籍", "/zh/shanghai/shanghai-urbanisation-2024/#part_2__sec_1")]
    [InlineData("en", "demonstration zone", "/en/national/outline-2019/#chp_8__sec_2__para_2")]
    [InlineData("en", "Belt and Road", "/en/national/outline-2019/#chp_8__para_1")]
    [InlineData("en", "Guiding Thought", "/en/shanghai/shanghai-implementation-plan-2020/#part_1__sec_1")]
    // Chinese typed on an English page: the Chinese text of an untranslated clause, on the English page.
    [InlineData("en", "虹桥", "/en/national/outline-2019/#chp_8__sec_1__para_2")]
    [InlineData("en", "户籍", "/en/shanghai/shanghai-urbanisation-2024/#part_2__sec_1")]
    public void A_query_finds_the_clause_first(string language, string query, string url)
    {
        var result = SearchQuery.One(site.Directory, language, query);

        result.Results.ShouldNotBeEmpty();
        result.Results[0].Url.ShouldBe(url);
    }

    [Fact]
    public void A_result_names_the_document_the_heading_path_and_the_eId_and_marks_the_match()
    {
        var result = SearchQuery.One(site.Directory, "zh", "虹桥").Results[0];

        result.Document.ShouldBe("长江三角洲区域一体化发展规划纲要");
        result.HeadingPath.ShouldBe(["第八章 推进更高水平协同开放", "第一节 共建高水平开放平台"]);
        result.Id.ShouldBe("chp_8__sec_1__para_2");
        result.Excerpt.ShouldContain("打造[虹桥]国际开放枢纽");
        result.Lang.ShouldBe("zh");
    }

    [Fact]
    public void An_English_result_is_in_English_and_a_Chinese_one_on_an_English_page_says_so()
    {
        var english = SearchQuery.One(site.Directory, "en", "demonstration zone").Results[0];
        english.Document.ShouldBe("Outline for the Integrated Regional Development of the Yangtze River Delta");
        english.HeadingPath.ShouldBe(["Chapter 8 Promoting Higher-Level Coordinated Opening-Up", "Section 2 Coordinating Opening-Up and Cooperation"]);
        english.Excerpt.ShouldContain("[demonstration zone]");
        english.Lang.ShouldBe("en");

        var chinese = SearchQuery.One(site.Directory, "en", "虹桥").Results[0];
        chinese.Lang.ShouldBe("zh");
        chinese.Excerpt.ShouldContain("[虹桥]");
    }

    [Fact]
    public void A_query_with_no_match_finds_nothing()
    {
        SearchQuery.One(site.Directory, "zh", "企鹅").Results.ShouldBeEmpty();
        SearchQuery.One(site.Directory, "en", "xylophone").Results.ShouldBeEmpty();
    }

    [Fact]
    public void Only_the_clauses_of_document_pages_are_indexed_not_the_glossary_navigation_metadata_or_labels()
    {
        var fragments = Directory.EnumerateFiles(Path.Combine(site.Bundle, "fragment")).Select(PagefindFragment.Read).ToList();

        fragments.Select(f => f.GetProperty("url").GetString()).Order(StringComparer.Ordinal).ShouldBe(
        [
            "/en/national/outline-2019/", "/en/shanghai/shanghai-implementation-plan-2020/", "/en/shanghai/shanghai-urbanisation-2024/",
            "/zh-hant/national/outline-2019/", "/zh-hant/shanghai/shanghai-implementation-plan-2020/", "/zh-hant/shanghai/shanghai-urbanisation-2024/",
            "/zh/national/outline-2019/", "/zh/shanghai/shanghai-implementation-plan-2020/", "/zh/shanghai/shanghai-urbanisation-2024/",
        ]);
        // The records keep the clauses' text once, in their anchors (the search reads nothing else), not Pagefind's copy of the whole text.
        fragments.ShouldAllBe(f => f.GetProperty("content").GetString() == "");
        fragments.SelectMany(f => f.GetProperty("anchors").EnumerateArray()).ShouldAllBe(a => PagefindFragment.IsClause(a.GetProperty("element").GetString()));
        // In document order, without the word locations the search does not read.
        fragments.SelectMany(f => f.GetProperty("anchors").EnumerateArray()).Where(a => a.TryGetProperty("location", out var _)).ShouldBeEmpty();
        var outline = fragments.Single(f => f.GetProperty("url").GetString() == "/zh/national/outline-2019/").GetProperty("anchors").EnumerateArray()
            .Select(a => a.GetProperty("id").GetString()).ToList();
        outline.IndexOf("chp_8__para_1").ShouldBeGreaterThanOrEqualTo(0);
        outline.IndexOf("chp_8__para_1").ShouldBeLessThan(outline.IndexOf("chp_8__sec_1__para_1"));
        var text = string.Join("\n", fragments.SelectMany(f => f.GetProperty("anchors").EnumerateArray()).Select(a => a.GetProperty("text").GetString()));
        text.ShouldContain("打造虹桥国际开放枢纽"); // the control: clauses are there
        foreach (var strings in new[] { UiStrings.Chinese, UiStrings.English })
        {
            foreach (var excluded in new[]
            {
                strings.SiteTagline, strings.AuthoritativeNotice, strings.NotYetTranslated, strings.Previous, strings.Next,
                strings.CopyLink, strings.CopyCitation, strings.SideBySide, strings.SourceFile, strings.Provenance, strings.SearchPlaceholder,
                strings.FragmentOfMissingPart, strings.TranslationOutdated, strings.GlossaryIntroduction, strings.UsedInCount(1, 1),
            })
            {
                text.ShouldNotContain(excluded);
            }
        }
        text.ShouldNotContain("001_df41f4f8f86f6848"); // the metadata block's source file
    }

    [Fact]
    public void A_glossary_term_finds_the_clauses_that_use_it_not_the_glossary_page()
    {
        // The glossary page would outrank the clauses for every term it lists (one hit per term); its terms
        // serve search as query variants (data/search-terms.json.gz) instead.
        var english = SearchQuery.One(site.Directory, "en", "Opening-up Hub").Results.Select(r => r.Url).ToList();
        english.ShouldNotBeEmpty();
        english.ShouldAllBe(url => !url.StartsWith("/en/glossary/", StringComparison.Ordinal));
        var chinese = SearchQuery.One(site.Directory, "zh", "进口博览会").Results.Select(r => r.Url).ToList();
        chinese.ShouldNotBeEmpty();
        chinese.ShouldAllBe(url => !url.StartsWith("/zh/glossary/", StringComparison.Ordinal));
    }

    [Fact]
    public void Region_and_type_are_indexed_with_the_same_values_in_both_languages_and_filter_results()
    {
        foreach (var fragment in Directory.EnumerateFiles(Path.Combine(site.Bundle, "fragment")).Select(PagefindFragment.Read)
            .Where(f => f.GetProperty("url").GetString()!.EndsWith("/outline-2019/", StringComparison.Ordinal)))
        {
            fragment.GetProperty("meta").GetProperty("region").GetString().ShouldBe("national");
            fragment.GetProperty("meta").GetProperty("type").GetString().ShouldBe("规划纲要");
        }

        var results = SearchQuery.Run(site.Directory, "en", "虹桥@region=national", "虹桥@region=shanghai", "Principles@type=实施方案", "Principles@type=规划纲要");

        results[0].Results.ShouldNotBeEmpty();
        results[0].Results.ShouldAllBe(r => r.Region == "national");
        results[1].Results.ShouldBeEmpty();
        results[2].Results.ShouldNotBeEmpty();
        results[3].Results.ShouldBeEmpty();
    }

    [Fact]
    public void The_index_is_the_same_byte_for_byte_when_the_site_is_built_again()
    {
        using var again = new ContentFixture();
        foreach (var file in Directory.EnumerateFiles(site.Content.ContentDirectory, "*", SearchOption.AllDirectories))
            again.Write(Path.GetRelativePath(site.Content.ContentDirectory, file), File.ReadAllText(file));

        BuiltSite.Build(again, indexer: IndexedSite.Indexer()).Published.ShouldBeTrue();

        var bundle = Path.Combine(again.OutputDirectory, PagefindOptions.BundleFolder);
        var files = Files(site.Bundle);
        Files(bundle).ShouldBe(files);
        foreach (var file in files)
            File.ReadAllBytes(Path.Combine(bundle, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(site.Bundle, file))).ShouldBeTrue(file);
    }

    private static List<string> Files(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(directory, f)).Order(StringComparer.Ordinal)];
}
