using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Search;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Search;

/// <summary>The glossary's forms, grouped for search (data/search-terms.json.gz).</summary>
public sealed class SearchTermsTests
{
    [Fact]
    public void Every_form_of_a_term_is_one_group_and_inflection_patterns_are_left_out()
    {
        var glossary = GlossaryReader.Read("""
            terms:
              - zh: "中国国际进口博览会"
                zh_variants: ["进口博览会", "进博会"]
                en: "China International Import Expo"
                abbreviation: "CIIE"
                variants: ["Import Expo"]
                note: "not a form"
              - zh: "协同"
                en: "coordinated"
                variants: ["coordinat*"]
                note: "the pattern is for the translation check, not a search form"
              - zh: "单独"
                en: "separately"
                note: "its Chinese and its English are one group"
            """, "glossary.yml");

        var groups = SearchTerms.Groups(glossary);

        groups.Count.ShouldBe(3);
        groups[0].ShouldBe(["中国国际进口博览会", "进口博览会", "进博会", "China International Import Expo", "CIIE", "Import Expo"]);
        groups[1].ShouldBe(["协同", "coordinated"]);
        groups[2].ShouldBe(["单独", "separately"]);
    }

    [Fact]
    public void Without_a_glossary_there_are_no_groups_and_the_file_says_so()
    {
        SearchTerms.Groups(Glossary.Empty("glossary.yml")).ShouldBeEmpty();
        System.Text.Encoding.UTF8.GetString(SearchTerms.Json([])).ShouldBe("{\"source\":\"glossary.yml\",\"groups\":[]}\n");
    }

    [Fact]
    public void The_build_writes_the_groups_of_the_content_glossary()
    {
        using var content = new ContentFixture();
        content.Write("glossary.yml", "terms:\n  - zh: \"进口博览会\"\n    zh_variants: [\"进博会\"]\n    en: \"Import Expo\"\n    note: \"n\"\n");

        BuiltSite.Build(content).Published.ShouldBeTrue();

        var compressed = File.ReadAllBytes(Path.Combine(content.OutputDirectory, "data", "search-terms.json.gz"));
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress);
        using var text = new StreamReader(gzip, System.Text.Encoding.UTF8);
        text.ReadToEnd().ShouldBe("{\"source\":\"glossary.yml\",\"groups\":[\n[\"进口博览会\",\"进博会\",\"Import Expo\"]]}\n");
    }

    [Fact]
    public void The_browsers_Traditional_table_is_generated_from_the_converters_tables_and_up_to_date()
    {
        var (exit, output, errors) = NodeScript.Run(Path.Combine(RepositoryRoot.Path, "scripts", "generate-search-script-table.mjs"), "--check");

        exit.ShouldBe(0, errors);
        output.ShouldContain("up to date");
        // A shard holds the families of its characters: 異 → 异 in the shards of 異 and of 异, 體 → 体 likewise.
        foreach (var (traditional, simplified) in new[] { ('異', '异'), ('體', '体') })
        {
            foreach (var shardOf in new[] { traditional, simplified })
            {
                var shard = Path.Combine(RepositoryRoot.Path, "theme", "LongTriangle.Theme", "wwwroot", "search", "traditional",
                    (shardOf % 64).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + ".json");
                using var table = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(shard));
                var characters = table.RootElement.GetProperty("characters");
                var (from, to) = (characters[0].GetString()!, characters[1].GetString()!);
                from.Length.ShouldBe(to.Length);
                to[from.IndexOf(traditional, StringComparison.Ordinal)].ShouldBe(simplified);
            }
        }
    }
}
