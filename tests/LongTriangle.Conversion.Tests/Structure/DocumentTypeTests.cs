using LongTriangle.Conversion.Structure;

namespace LongTriangle.Conversion.Tests.Structure;

public sealed class DocumentTypeTests
{
    [Theory]
    [InlineData("长江三角洲区域一体化发展规划纲要", "规划纲要")]
    [InlineData("上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案", "实施方案")]
    [InlineData("浙江省推进长江三角洲区域一体化发展行动方案", "行动方案")]
    [InlineData("关于印发《上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案》的通知", "通知")]
    [InlineData("上海市推进长三角一体化发展三年行动计划（2021-2023年）", "行动计划")]
    [InlineData("长三角生态绿色一体化发展示范区管理办法(试行)", "管理办法")]
    [InlineData("《安徽省实施长江三角洲区域一体化发展规划纲要行动计划》", "行动计划")]
    [InlineData("长三角一体化发展大事记", DocumentType.Unknown)]
    public void The_type_is_named_by_the_end_of_the_title_before_a_period_or_status(string title, string type)
    {
        DocumentType.FromTitle(title).ShouldBe(type);
    }
}
