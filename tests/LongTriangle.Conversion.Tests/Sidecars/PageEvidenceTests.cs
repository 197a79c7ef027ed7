using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Sidecars;

namespace LongTriangle.Conversion.Tests.Sidecars;

public sealed class PageEvidenceTests
{
    private static PageField[] Fields(params (string Label, string Value)[] fields) =>
        [.. fields.Select((f, i) => new PageField(f.Label, f.Value, i + 1))];

    [Fact]
    public void A_metadata_table_gives_number_issuer_and_both_dates()
    {
        var fields = Fields(("索引号", "000014349/2019-00123"), ("发文机关", "中共中央 国务院"), ("成文日期", "2019年12月01日"),
            ("发文字号", "中发〔2019〕21号"), ("发布日期", "2019-12-01"));

        PageEvidence.Number(fields).ShouldBe("中发〔2019〕21号");
        PageEvidence.Issuer(fields).ShouldBe("中共中央 国务院");
        PageEvidence.Written(fields).ShouldBe(new DateOnly(2019, 12, 1));
        PageEvidence.Published(fields).ShouldBe(new DateOnly(2019, 12, 1));
    }

    [Fact]
    public void A_page_posting_time_is_not_a_date_of_the_document()
    {
        var fields = Fields(("来源", "中国网地产"), ("发布时间", "2020-01-10 17:02:09"));

        PageEvidence.Written(fields).ShouldBeNull();
        PageEvidence.Published(fields).ShouldBeNull();
    }

    [Theory]
    [InlineData("无")]
    [InlineData("见附件")]
    [InlineData("2020年3月1日")]
    public void A_value_that_is_not_a_document_number_is_not_taken_for_one(string value) =>
        PageEvidence.Number(Fields(("发文字号", value))).ShouldBeNull();

    [Theory]
    [InlineData("2020年13月1日")]
    [InlineData("2021-02-29")]
    [InlineData("近日")]
    public void An_impossible_or_vague_date_is_unknown(string value) =>
        PageEvidence.Written(Fields(("成文日期", value))).ShouldBeNull();
}
