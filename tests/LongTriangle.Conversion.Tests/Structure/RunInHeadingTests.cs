using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Structure;

namespace LongTriangle.Conversion.Tests.Structure;

public sealed class RunInHeadingTests
{
    [Theory]
    [InlineData("（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。", "（一）指导思想")]
    [InlineData("（二）高品质建设大花园，共同加强长三角生态环境联保共治。全面践行“两山”理念。", "（二）高品质建设大花园，共同加强长三角生态环境联保共治")]
    [InlineData("（九）高效能深化“最多跑一次”改革，共同建立长三角统一开放大市场。以深化改革为引领。", "（九）高效能深化“最多跑一次”改革，共同建立长三角统一开放大市场")]
    [InlineData("5.推动政务服务“一网通办”。加快长三角政务服务一体化。", "5.推动政务服务“一网通办”")]
    [InlineData("1.总体目标：到2025年，基本形成一体化发展格局。", "1.总体目标")]
    [InlineData("协力办好中国国际进口博览会。高水平举办中国国际进口博览会，打造规模更大的博览会。", "协力办好中国国际进口博览会")]
    [InlineData("坚持全域融入。牢固树立“一体化”意识和“一盘棋”思想。", "坚持全域融入")]
    public void Finds_the_heading_a_clause_opens_with(string text, string heading)
    {
        var length = RunInHeading.Length(text, ParagraphRole.Clause);

        text[..length].ShouldBe(heading);
    }

    [Theory]
    // One sentence and nothing after it: the clause is all text, no heading.
    [InlineData("1.推进长三角一体化发展。")]
    // A target, not a heading.
    [InlineData("（三）到2022年，跨区域多领域合作联动水平明显提高。一批标志性工程全面推进。")]
    [InlineData("到2025年全面建成。基本实现一体化。")]
    // A topic sentence has no inner punctuation; this is prose.
    [InlineData("本行动方案是指导我省当前和今后一个时期推进长三角一体化发展的纲要性文件，是重要依据。")]
    [InlineData("为深入实施规划纲要，特编制本方案。本方案自印发之日起施行。")]
    // A statement with a subject is not a topic sentence.
    [InlineData("本措施由市发展改革委负责解释。联系电话：021-12345678。")]
    [InlineData("各地要加强组织领导。确保各项任务落到实处。")]
    // Too long for a heading.
    [InlineData("（四）支持长三角生态绿色一体化发展示范区在规划管理、生态保护、土地管理、项目管理、要素流动、财税分享、公共服务、公共信用等方面率先实现突破。加强协同。")]
    // The full stop sits inside an open quotation.
    [InlineData("（一）落实“坚持生态优先。绿色发展”要求，推进建设。")]
    public void Finds_no_heading_in_ordinary_prose(string text)
    {
        RunInHeading.Length(text, ParagraphRole.Clause).ShouldBe(0);
    }

    [Theory]
    [InlineData(ParagraphRole.Preface)]
    [InlineData(ParagraphRole.Notice)]
    [InlineData(ParagraphRole.Fragment)]
    public void Only_body_clauses_have_run_in_headings(ParagraphRole role)
    {
        RunInHeading.Length("坚持全域融入。牢固树立“一体化”意识。", role).ShouldBe(0);
    }

    [Fact]
    public void Marking_a_structure_sets_the_heading_of_every_clause_and_leaves_headings_alone()
    {
        var part = ClauseId.Root("part_1");
        var structure = new DocumentStructure(
            [
                new Heading(part, 1, "一、总体要求", 2, Missing: false),
                new Paragraph(part.Child("sec_1"), 2, "（一）指导思想。以新发展理念为指导。", ParagraphRole.Clause),
                new Paragraph(part.Child("para_1"), 3, "到2025年，基本实现一体化。", ParagraphRole.Clause),
            ],
            null, null, [], []);

        var marked = RunInHeading.Mark(structure).Body;

        marked[0].ShouldBe(structure.Body[0]);
        var clause = (Paragraph)marked[1];
        clause.Text[..clause.RunIn].ShouldBe("（一）指导思想");
        ((Paragraph)marked[2]).RunIn.ShouldBe(0);
    }
}
