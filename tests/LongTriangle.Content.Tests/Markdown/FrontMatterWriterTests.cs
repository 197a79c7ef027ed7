using LongTriangle.Content.Markdown;
using YamlDotNet.RepresentationModel;

namespace LongTriangle.Content.Tests.Markdown;

public sealed class FrontMatterWriterTests
{
    private static DocumentMetadata Metadata(string title, string? issuer = "中共中央 国务院") => new(
        "outline-2019", "national", title, "Outline: \"Yangtze\" #1", "规划纲要", issuer,
        Written: null, Published: new DateOnly(2019, 12, 1), Number: null,
        new DocumentSource("001_df41f4f8f86f6848.txt", "f0bed005", null, "https://www.gov.cn/zhengce/2019-12/01/content_5457442.htm", SourceScript.TraditionalTaiwan),
        Completeness.Partial(["第一章至第七章"]),
        new DocumentFlags(RestoredFromSpunCopy: false, LostCharacters: 3, MissingHeadings: 0));

    /// <summary>Splits front matter from the body the way a site reads a Markdown file: between the first two lines that are exactly ---.</summary>
    private static (YamlMappingNode Yaml, string Body) Split(string document)
    {
        var lines = document.Split('\n');
        lines[0].ShouldBe("---");
        var end = Array.IndexOf(lines, "---", 1);
        end.ShouldBeGreaterThan(0);
        var stream = new YamlStream();
        stream.Load(new StringReader(string.Join("\n", lines[1..end])));
        return ((YamlMappingNode)stream.Documents[0].RootNode, string.Join("\n", lines[(end + 1)..]));
    }

    private static string Scalar(YamlMappingNode map, params string[] path)
    {
        YamlNode node = map;
        foreach (var key in path) node = ((YamlMappingNode)node)[key];
        return ((YamlScalarNode)node).Value!;
    }

    [Theory]
    [InlineData("长江三角洲区域一体化发展规划纲要")]
    [InlineData("标题: 带冒号")]
    [InlineData("带\"双引号\"和'单引号'")]
    [InlineData("# 不是注释")]
    [InlineData("第一行\n---\n第三行")]
    [InlineData("---")]
    [InlineData("- 列表? [x] {a: b} & * ! | > % @ `")]
    [InlineData("yes")]
    [InlineData("2019-12-01")]
    [InlineData("反斜杠\\n不是换行\t制表")]
    public void Any_title_survives_the_front_matter_as_exactly_itself(string title)
    {
        var document = FrontMatterWriter.Write(Metadata(title)) + "\n正文 {#para_1}\n";
        var (yaml, body) = Split(document);
        Scalar(yaml, "title").ShouldBe(title);
        body.ShouldBe("\n正文 {#para_1}\n");
    }

    [Fact]
    public void Every_string_is_double_quoted_and_the_keys_follow_the_contract()
    {
        var text = FrontMatterWriter.Write(Metadata("长江三角洲区域一体化发展规划纲要") with
            {
                Repairs = RepairCount.Of([RepairKind.ScriptConverted, RepairKind.ChromeRemoved, RepairKind.ScriptConverted]),
            });
        text.ShouldBe("""
            ---
            slug: "outline-2019"
            region: "national"
            title: "长江三角洲区域一体化发展规划纲要"
            title_en: "Outline: \"Yangtze\" #1"
            type: "规划纲要"
            issuer: "中共中央 国务院"
            published: "2019-12-01"
            source:
              seed: "001_df41f4f8f86f6848.txt"
              sha256: "f0bed005"
              url: "https://www.gov.cn/zhengce/2019-12/01/content_5457442.htm"
              script: "traditional-taiwan"
            completeness:
              status: "partial"
              missing: ["第一章至第七章"]
            flags:
              restored_from_spun_copy: false
              lost_characters: 3
              missing_headings: 0
            repairs:
              chrome-removed: 1
              script-converted: 2
            ---

            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Unknown_facts_are_left_out_not_invented()
    {
        var text = FrontMatterWriter.Write(Metadata("标题", issuer: null));
        text.ShouldNotContain("issuer:");
        text.ShouldNotContain("written:");
        text.ShouldNotContain("number:");
        text.ShouldNotContain("website:");
        text.ShouldNotContain("repairs:");
        text.ShouldNotContain("sources:");
        text.ShouldNotContain("official_url:");
        text.ShouldNotContain("copied:");
    }

    [Fact]
    public void The_official_address_the_copy_and_where_each_fact_comes_from_are_written()
    {
        var metadata = Metadata("标题") with
        {
            OfficialUrl = "https://www.gov.cn/zhengce/2019-12/01/content_5457442.htm",
            FactSources = System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
                [new KeyValuePair<string, string>("published", "新华社北京12月1日电"), new KeyValuePair<string, string>("issuer", "the notice header of the source text")]),
        };
        metadata = metadata with { Source = metadata.Source with { Website = "人民日报", Copied = new DateOnly(2019, 12, 2) } };
        var (yaml, _) = Split(FrontMatterWriter.Write(metadata) + "\n");
        Scalar(yaml, "official_url").ShouldBe("https://www.gov.cn/zhengce/2019-12/01/content_5457442.htm");
        Scalar(yaml, "sources", "issuer").ShouldBe("the notice header of the source text");
        Scalar(yaml, "sources", "published").ShouldBe("新华社北京12月1日电");
        Scalar(yaml, "source", "website").ShouldBe("人民日报");
        Scalar(yaml, "source", "copied").ShouldBe("2019-12-02");
    }
}
