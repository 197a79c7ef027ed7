using LongTriangle.Content.Markdown;
using LongTriangle.Inputs;

namespace LongTriangle.Content.Tests.Markdown;

/// <summary>The writer and reader as a pair on a small document with every role and numbering kind, and seed text that looks like markup.</summary>
public sealed class MarkdownWriterReaderTests
{
    private static readonly DocumentMetadata Metadata = new(
        "plan-2020", "shanghai", "实施方案", null, "实施方案", null, Written: null, Published: new DateOnly(2020, 1, 6), Number: null,
        new DocumentSource("002.txt", "ab12", null, null, SourceScript.Simplified), Completeness.Full,
        new DocumentFlags(RestoredFromSpunCopy: false, LostCharacters: 0, MissingHeadings: 1))
    {
        Repairs = RepairCount.Of([RepairKind.HeadingInserted, RepairKind.ChromeRemoved, RepairKind.ChromeRemoved]),
    };

    private static Clause Block(string id, ClauseKind kind, int level, string text, BlockRole role = BlockRole.None, string? runIn = null, NumberingKind? numbering = null) =>
        new(ClauseId.TryParse(id)!, kind, level, text, role, 0, runIn, numbering);

    private static readonly Clause[] Body =
    [
        Block("notice__para_1", ClauseKind.Paragraph, 0, "各区人民政府：", BlockRole.Notice),
        Block("preface__para_1", ClauseKind.Paragraph, 0, "# 不是标题 {#x .y} <b>不是标签</b> **不是强调**", BlockRole.Preface),
        Block("annex_1", ClauseKind.Heading, 2, "附件1 重点项目表", numbering: NumberingKind.Annex),
        Block("annex_1__part_1", ClauseKind.Heading, 3, "一、", BlockRole.HeadingMissing, numbering: NumberingKind.Part),
        Block("annex_1__part_1__sec_1", ClauseKind.Paragraph, 4, "（一）指导思想。以…为指导。", runIn: "（一）指导思想", numbering: NumberingKind.Subsection),
        Block("annex_1__part_1__sec_1__item_1", ClauseKind.Paragraph, 5, "1.坚持创新。正文 numbering=chapter}", runIn: "1.坚持创新", numbering: NumberingKind.Item),
        Block("annex_1__part_1__sec_1__item_1__para_1", ClauseKind.Paragraph, 0, "坚持全域融入。牢固树立意识。", runIn: "坚持全域融入"),
        Block("closing__para_1", ClauseKind.Paragraph, 0, "上海市人民政府", BlockRole.Closing),
    ];

    [Fact]
    public void What_the_writer_writes_the_reader_reads_back()
    {
        var text = MarkdownWriter.Write(new ContentDocument(Metadata, [.. Body]));

        var read = MarkdownReader.Read(text, "content/zh/shanghai/plan-2020.md");

        read.Metadata.ShouldBe(Metadata with { Repairs = read.Metadata.Repairs, FactSources = read.Metadata.FactSources, Completeness = read.Metadata.Completeness });
        read.Metadata.Repairs.ShouldBe(Metadata.Repairs);
        // Lines are where each block stands in the file; everything else is what was written.
        read.Clauses.Select(c => c with { Line = 0 }).ShouldBe(Body);
    }

    [Fact]
    public void A_numbered_clause_is_one_level_below_what_it_is_numbered_in_and_lists_in_the_outline()
    {
        var read = MarkdownReader.Read(MarkdownWriter.Write(new ContentDocument(Metadata, [.. Body])), "plan.md");

        read.Clauses.Where(c => c.OutlineLevel is not null).Select(c => (c.Id.Value, c.OutlineLevel))
            .ShouldBe([("annex_1", (int?)2), ("annex_1__part_1", 3), ("annex_1__part_1__sec_1", 4), ("annex_1__part_1__sec_1__item_1", 5)]);
    }

    [Fact]
    public void A_problem_names_the_file_and_line_in_one_line()
    {
        var text = MarkdownWriter.Write(new ContentDocument(Metadata, [.. Body])).Replace("numbering=item", "numbering=items", StringComparison.Ordinal);

        var error = Should.Throw<InputException>(() => MarkdownReader.Read(text, "content/zh/shanghai/plan-2020.md"));

        error.File.ShouldBe("content/zh/shanghai/plan-2020.md");
        error.Line.ShouldNotBeNull();
        error.Message.ShouldContain("'items' is not a numbering");
        error.Message.ShouldNotContain('\n');
    }
}
