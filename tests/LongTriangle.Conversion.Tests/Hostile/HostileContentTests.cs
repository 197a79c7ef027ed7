using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;
using YamlDotNet.RepresentationModel;

namespace LongTriangle.Conversion.Tests.Hostile;

/// <summary>
/// Odd but convertible seeds go through the whole converter: markup and Markdown stay text, titles survive
/// the front matter, broken numbering is kept and recorded, very long lines convert, and a seed larger than
/// one document can be is refused.
/// </summary>
public sealed partial class HostileContentTests : IDisposable
{
    private readonly TemporaryWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private ConvertedDocument ConvertOne()
    {
        new ContentConverter().Convert(_workspace.Seeds, _workspace.Content, check: false);
        return new ContentConverter().ConvertAll(_workspace.Seeds, _workspace.Content).Single().Document;
    }

    private string Markdown(ConvertedDocument document) => File.ReadAllText(Path.Combine(_workspace.Zh, document.RelativeMarkdownPath));

    [Fact]
    public void Markup_and_markdown_in_seed_text_are_written_as_text()
    {
        _workspace.Seed("001_plan.txt", [.. HostileText.Plan, .. HostileText.Markup, "二、" + HostileText.Markup[0] + HostileText.Markup[1]]);
        _workspace.Sidecar("001_plan.txt", "slug: shanghai-plan\n");

        var document = ConvertOne();
        var html = RenderedMarkdown.Html(Markdown(document).Split("\n---\n", 2)[1]);

        // Only the elements the converter writes (headings and paragraphs); each holds exactly its block's text.
        Tags().Matches(html).Select(m => m.Groups["name"].Value).Distinct().ShouldBeSubsetOf(["h2", "h3", "h4", "h5", "h6", "p"]);
        foreach (var block in document.Body)
        {
            var element = Element(html, block.Id.Value);
            WebUtility.HtmlDecode(element).ShouldBe(block.Text, block.Id.Value);
        }

        var texts = document.Body.Select(b => b.Text).ToList();
        texts.ShouldContain(t => t.Contains("<script>alert(1)</script>", StringComparison.Ordinal));
        texts.ShouldContain(t => t.Contains("<img src=x onerror=alert(2)>", StringComparison.Ordinal));
        texts.ShouldContain(t => t.Contains("<a href=\"javascript:alert(3)\">点击</a>", StringComparison.Ordinal));
        document.Body.OfType<Heading>().ShouldContain(h => h.Text.Contains("<script>", StringComparison.Ordinal), "hostile text in a heading stays in the heading");
    }

    [Theory]
    [InlineData("标题: 冒号")]
    [InlineData("\"引号\" 与 '单引号'")]
    [InlineData("# 井号开头")]
    [InlineData("---")]
    [InlineData("--- 文件 ---")]
    [InlineData("- 列表项")]
    [InlineData("[方括号], {花括号}")]
    [InlineData("&锚 *别名 !标签 %指令 @at `反引号`")]
    [InlineData("yes")]
    [InlineData("null")]
    [InlineData("1.0")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("反斜杠 \\ 和 \\n")]
    public void A_title_that_would_break_yaml_is_written_as_exactly_itself(string title)
    {
        _workspace.Seed("001_plan.txt", HostileText.Plan);
        _workspace.Sidecar("001_plan.txt", $"slug: shanghai-plan\ntitle: '{title.Replace("'", "''")}'\n");

        var document = ConvertOne();

        var frontMatter = Markdown(document).Split("\n---\n", 2)[0].TrimStart('-', '\n');
        var yaml = new YamlStream();
        yaml.Load(new StringReader(frontMatter));
        var root = (YamlMappingNode)yaml.Documents.Single().RootNode;
        ((YamlScalarNode)root["title"]).Value.ShouldBe(title);
        root.Children.Count.ShouldBe(root.Children.Keys.Distinct().Count());
    }

    [Fact]
    public void Repeated_numbering_is_kept_with_distinct_ids_and_recorded()
    {
        _workspace.Seed("001_plan.txt", [.. HostileText.Plan, "二、第一个二", "内容甲。", "三、完善机制", "三、完善机制", "内容乙。"]);
        _workspace.Sidecar("001_plan.txt", "slug: shanghai-plan\n");

        var document = ConvertOne();

        var threes = document.Body.OfType<Heading>().Where(h => h.Text == "三、完善机制").Select(h => h.Id.Value).ToList();
        threes.ShouldBe(["part_3", "part_3-2"]);
        document.Body.Select(b => b.Id.Value).ShouldBeUnique();
        document.Repairs.ShouldContain(r => r.Kind == RepairKind.NumberingDisambiguated);
    }

    [Fact]
    public void A_gap_in_the_numbering_is_kept_as_a_missing_heading_never_invented_text()
    {
        _workspace.Seed("001_plan.txt", [.. HostileText.Plan, "四、保障措施", "内容。"]);
        _workspace.Sidecar("001_plan.txt", "slug: shanghai-plan\n");

        var document = ConvertOne();

        var headings = document.Body.OfType<Heading>().Where(h => h.Level == 2).ToList();
        headings.Select(h => (h.Id.Value, h.Missing)).ShouldBe([("part_1", false), ("part_2", true), ("part_3", true), ("part_4", false)]);
        headings.Where(h => h.Missing).Select(h => h.Text).ShouldBe(["二、", "三、"]);
        document.Metadata.Flags.MissingHeadings.ShouldBe(2);
    }

    [Fact]
    public void Text_without_structure_but_with_a_title_in_the_sidecar_is_kept_paragraph_by_paragraph()
    {
        string[] prose = ["没有编号的第一段文字。", "没有编号的第二段文字，也没有标题。", "第三段。"];
        _workspace.Seed("001_notes.txt", prose);
        _workspace.Sidecar("001_notes.txt", "slug: notes\nregion: shanghai\ntitle: \"无结构的文字\"\n");

        var document = ConvertOne();

        document.Body.ShouldAllBe(b => b is Paragraph);
        string.Concat(document.Body.Select(b => b.Text)).ShouldBe(string.Concat(prose));
    }

    [Fact]
    public void A_single_line_of_a_megabyte_converts_whole()
    {
        var line = Repeat("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。", 1024 * 1024);
        _workspace.Seed("001_plan.txt", [.. HostileText.Plan, line]);
        _workspace.Sidecar("001_plan.txt", "slug: shanghai-plan\n");

        var document = ConvertOne();

        document.Body.ShouldContain(b => b.Text == line);
        Markdown(document).ShouldContain(line);
    }

    [Fact]
    public void A_seed_of_twenty_megabytes_is_refused_in_one_line_before_it_is_converted()
    {
        // The real seeds, one after another, until the file is 20 MB: realistic text at a hostile size.
        var seeds = Directory.GetFiles(SeedFiles.Directory, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var text = new StringBuilder(HostileText.Plan[0]).Append('\n');
        for (long i = 0, bytes = 0; bytes < 20 * 1024 * 1024; i++)
        {
            var seed = seeds[(int)(i % seeds.Count)];
            text.Append(seed).Append('\n');
            bytes += Encoding.UTF8.GetByteCount(seed) + 1;
        }
        File.WriteAllText(Path.Combine(_workspace.Seeds, "001_big.txt"), text.ToString());
        _workspace.Sidecar("001_big.txt", "slug: big\nregion: national\n");

        // One document is one page: a page of 20 MB took 7 GB to build, so the seed is refused, not paged.
        var error = Should.Throw<ConversionException>(() => new ContentConverter().ConvertAll(_workspace.Seeds, _workspace.Content));

        error.File.ShouldEndWith("001_big.txt");
        error.Problem.ShouldStartWith("the seed is larger than the 2 MB a seed may be");
    }

    private static string Repeat(string unit, int bytes) =>
        new StringBuilder().Insert(0, unit, bytes / Encoding.UTF8.GetByteCount(unit) + 1).ToString();

    /// <summary>The inner HTML of the element with this id (the converter writes one element per block).</summary>
    private static string Element(string html, string id)
    {
        var match = Regex.Match(html, $"<(h[1-6]|p) id=\"{Regex.Escape(id)}\"[^>]*>(?<inner>.*?) ?</\\1>", RegexOptions.Singleline);
        match.Success.ShouldBeTrue(id);
        return match.Groups["inner"].Value;
    }

    [GeneratedRegex("<(?<name>[a-zA-Z][a-zA-Z0-9]*)")]
    private static partial Regex Tags();
}
