
namespace LongTriangle.ChineseScript.Tests;

/// <summary>Small fragments in the register of policy documents: each one-to-many character chosen by its phrase.</summary>
public sealed class SimplifiedToTraditionalTests(TraditionalData data) : IClassFixture<TraditionalData>
{
    private string Convert(string text) => data.ToTraditional.Convert(text);

    [Theory]
    [InlineData("推动高质量发展", "推動高質量發展")]
    [InlineData("理发店和头发", "理髮店和頭髮")]
    [InlineData("培养年轻干部", "培養年輕幹部")]
    [InlineData("干燥的天气", "乾燥的天氣")]
    [InlineData("互不干扰", "互不干擾")]
    [InlineData("各方面都要面条", "各方面都要麵條")]
    [InlineData("完善体制机制", "完善體制機制")]
    [InlineData("先进制造业", "先進製造業")]
    [InlineData("示范区范围内", "示範區範圍內")]
    [InlineData("此后的范仲淹", "此後的范仲淹")]
    [InlineData("皇后和后来", "皇后和後來")]
    [InlineData("搭建平台抵御台风", "搭建平臺抵禦颱風")]
    [InlineData("关系和联系", "關係和聯繫")]
    [InlineData("系统维系", "系統維繫")]
    [InlineData("城市里的公里数", "城市裡的公里數")]
    [InlineData("只有一只船", "只有一隻船")]
    [InlineData("标准和批准", "標準和批准")]
    [InlineData("其余的余姓", "其餘的余姓")]
    public void One_to_many_characters_take_the_form_their_phrase_needs(string simplified, string traditional) =>
        Convert(simplified).ShouldBe(traditional);

    [Theory]
    [InlineData("为人民服务", "為人民服務")]
    [InlineData("产业集群", "產業集群")]
    [InlineData("成效显著", "成效顯著")]
    public void Glyphs_are_the_Taiwan_standard_ones(string simplified, string traditional) =>
        Convert(simplified).ShouldBe(traditional);

    [Theory]
    [InlineData("信息网络", "信息網絡")]
    [InlineData("软件质量", "軟件質量")]
    public void Vocabulary_is_kept_only_the_character_forms_change(string simplified, string traditional) =>
        Convert(simplified).ShouldBe(traditional);

    [Fact]
    public void Text_without_Chinese_and_characters_outside_the_tables_are_copied_unchanged()
    {
        Convert("chp_8__sec_1 2025年 “十四五” 𠀋").ShouldBe("chp_8__sec_1 2025年 “十四五” 𠀋");
    }

    [Fact]
    public void The_longest_phrase_wins_where_phrases_overlap()
    {
        var converter = SimplifiedToTraditional.Create(["甲乙\tAB", "乙丙丁\tXYZ", "丁\tD"], []);

        converter.Convert("甲乙丙丁").ShouldBe("AB丙D");
        converter.Convert("乙丙丁").ShouldBe("XYZ");
    }
}

/// <summary>The Simplified → Traditional tables, loaded once per test class.</summary>
public sealed class TraditionalData
{
    public SimplifiedToTraditional ToTraditional { get; } = SimplifiedToTraditional.LoadEmbedded();
}
