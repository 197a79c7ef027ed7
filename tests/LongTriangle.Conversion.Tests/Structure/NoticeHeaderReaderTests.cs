using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Structure;

namespace LongTriangle.Conversion.Tests.Structure;

public sealed class NoticeHeaderReaderTests
{
    private static readonly string[] Notice =
    [
        "各区人民政府，市政府各委、办、局，各有关单位：",
        "现将《上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案》印发给你们，请认真按照执行。",
        "上海市人民政府",
        "2024年12月30日",
        "上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案",
        "为贯彻落实国务院印发的《深入实施以人为本的新型城镇化战略五年行动计划》，结合实际，制定本实施方案。",
        "一、主要目标",
    ];

    private static List<SourceLine> Lines(params string[] lines) => [.. lines.Select((l, i) => new SourceLine(i + 1, l))];

    [Fact]
    public void Reads_addressees_forwarding_sentence_issuer_and_date()
    {
        var header = NoticeHeaderReader.Read(Lines(Notice)).ShouldNotBeNull();
        header.Lines.Select(l => l.Number).ShouldBe([1, 2, 3, 4]);
        header.Issuer.ShouldBe("上海市人民政府");
        header.Written.ShouldBe(new DateOnly(2024, 12, 30));
        header.ForwardedTitle.ShouldBe("上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案");
    }

    [Fact]
    public void Reads_a_document_number_printed_above_the_notice_title()
    {
        var header = NoticeHeaderReader.Read(Lines(
            "浙政办发〔2022〕17号",
            "浙江省人民政府办公厅关于印发浙江省长三角一体化发展示范区建设三年行动方案的通知",
            "各市、县（市、区）人民政府，省政府直属各单位：",
            "《浙江省长三角一体化发展示范区建设三年行动方案》已经省政府同意，现印发给你们，请结合实际认真组织实施。",
            "浙江省人民政府办公厅",
            "2022年3月25日",
            "浙江省长三角一体化发展示范区建设三年行动方案")).ShouldNotBeNull();

        header.Number.ShouldBe("浙政办发〔2022〕17号");
        header.Issuer.ShouldBe("浙江省人民政府办公厅");
        header.Lines.Length.ShouldBe(6);
    }

    [Fact]
    public void Reads_the_notice_title_document_number_and_a_date_in_chinese_numerals()
    {
        var header = NoticeHeaderReader.Read(Lines(
            "上海市人民政府关于印发《上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案》的通知",
            "沪府发〔2024〕30号",
            "各区人民政府，市政府各委、办、局：",
            "现将《……实施方案》印发给你们，请认真按照执行。",
            "上海市人民政府",
            "二〇二四年十二月三十日",
            "（此件公开发布）",
            "上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案")).ShouldNotBeNull();
        header.Lines.Length.ShouldBe(7);
        header.Number.ShouldBe("沪府发〔2024〕30号");
        header.Written.ShouldBe(new DateOnly(2024, 12, 30));
    }

    [Fact]
    public void A_document_that_starts_with_its_title_has_no_notice_header() =>
        NoticeHeaderReader.Read(Lines(
            "上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案",
            "实施长江三角洲区域（以下简称长三角）一体化发展战略，是党中央作出的重大决策部署。",
            "一、明确总体要求")).ShouldBeNull();

    [Fact]
    public void A_colon_line_without_a_signature_and_date_is_not_a_notice() =>
        NoticeHeaderReader.Read(Lines(
            "江苏省司法厅发布《长江三角洲区域一体化发展规划纲要》，全文如下：",
            "实施长三角区域一体化发展战略，是党中央作出的重大决策部署。",
            "一、紧抓长三角区域一体化发展国家战略机遇")).ShouldBeNull();
}
