using LongTriangle.Conversion.Structure;

namespace LongTriangle.Conversion.Tests.Structure;

public sealed class NumberedLineTests
{
    [Theory]
    [InlineData("第八章 推进更高水平协同开放", NumberingKind.Chapter, 8)]
    [InlineData("第十二章 推进规划实施", NumberingKind.Chapter, 12)]
    [InlineData("第一节 共建高水平开放平台", NumberingKind.Section, 1)]
    [InlineData("第三条 本办法适用于本市行政区域。", NumberingKind.Article, 3)]
    [InlineData("一、明确总体要求", NumberingKind.Part, 1)]
    [InlineData("四、做好实施保障", NumberingKind.Part, 4)]
    [InlineData("（一）指导思想", NumberingKind.Subsection, 1)]
    [InlineData("(二)基本原则", NumberingKind.Subsection, 2)]
    [InlineData("（十）加强督查考核", NumberingKind.Subsection, 10)]
    [InlineData("1.坚持服从服务国家战略。始终把上海发展放在国家对长三角一体化发展的总体部署中思考和谋划。", NumberingKind.Item, 1)]
    [InlineData("10.合作提升社会治理共建共治共享水平。加强法规规章立法协同。", NumberingKind.Item, 10)]
    [InlineData("2、构建便捷高效的公路网络。", NumberingKind.Item, 2)]
    [InlineData("（1）推进城乡融合发展。", NumberingKind.Point, 1)]
    public void Recognises_the_numbering_of_the_genre(string line, NumberingKind kind, int number)
    {
        var numbered = NumberedLine.Read(line).ShouldNotBeNull();
        numbered.Kind.ShouldBe(kind);
        numbered.Number.ShouldBe(number);
    }

    [Theory]
    [InlineData("协力办好中国国际进口博览会。高水平举办中国国际进口博览会，打造规模更大的博览会。")]
    [InlineData("2025年，上海“五个中心”核心功能显著增强。")]
    [InlineData("1.5万亿元的投资规模持续扩大。")]
    [InlineData("一是加强组织领导。")]
    [InlineData("第一个五年")]
    [InlineData("（以下简称长三角）一体化发展")]
    [InlineData("二、三产业融合发展是县域经济的重要方向，要统筹推进。")]
    [InlineData("一、二类口岸建设要统筹布局。")]
    public void Ordinary_sentences_are_not_numbered(string line) => NumberedLine.Read(line).ShouldBeNull();

    [Theory]
    [InlineData("一、明确总体要求", true)]
    [InlineData("（一）提升上海服务辐射能级，共推城乡区域协调发展", true)]
    [InlineData("（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。", false)]
    [InlineData("1.持续深化“五个中心”核心功能建设。牢固树立“以亩产论英雄”的导向。", false)]
    [InlineData("第八章 推进更高水平协同开放", true)]
    [InlineData("第三条　示范区执委会履行下列职责：", false)]
    [InlineData("一、为什么要制定《行动计划》？", true)]
    [InlineData("二、主要内容是什么?", true)]
    [InlineData("三、怎么办？谁来办？", false)]
    [InlineData("二、三大任务", true)]
    [InlineData("（一）生态环境共保联治。", true)]
    [InlineData("1.推进长三角一体化发展。", false)]
    public void A_numbered_line_is_a_heading_unless_it_holds_a_sentence(string line, bool isHeading) =>
        NumberedLine.Read(line)!.IsHeading.ShouldBe(isHeading);
}
