using LongTriangle.Conversion.Cleaning.Spinner;

namespace LongTriangle.Conversion.Tests.Cleaning.Spinner;

public class SpinnerPhraseTableTests
{
    [Fact]
    public void The_longest_phrase_at_the_leftmost_position_wins_and_chains_do_not_cycle()
    {
        var table = SpinnerPhraseTable.Parse("""
            严沉 重大 sig
            严沉违法 严重违法
            管理 治理
            办理 管理
            打点 办理
            """, "test");
        var applied = new List<SpinnerPhrase>();

        table.Restore("严沉违法掉信,严沉项目,城市办理,网上打点,社会管理", applied)
            .ShouldBe("严重违法掉信,重大项目,城市管理,网上办理,社会治理");
        applied.Select(p => p.Spun).ShouldBe(["严沉违法", "严沉", "办理", "打点", "管理"]);
    }

    [Fact]
    public void An_exception_keeps_a_genuine_word_that_contains_the_phrase()
    {
        var table = SpinnerPhraseTable.Parse("取 与 !取水 !让取\n让取 争取", "test");

        table.Restore("湖州和嘉兴太湖取水,文化取金融融合,让取国家项目", []).ShouldBe("湖州和嘉兴太湖取水,文化与金融融合,争取国家项目");
    }

    [Theory]
    [InlineData("成长", "test:1: expected 'SPUN ORIGINAL [sig] [!EXCEPTION …]'")]
    [InlineData("取 与 !水", "test:1: '!水' is neither 'sig' nor '!' and a word containing '取'")]
    [InlineData("# comment\n成长 发展\n成长 增长", "test:3: '成长' is listed twice")]
    public void A_malformed_table_is_an_error_naming_its_line(string table, string message)
    {
        Should.Throw<InvalidDataException>(() => SpinnerPhraseTable.Parse(table, "test")).Message.ShouldBe(message);
    }

    [Fact]
    public void The_embedded_table_loads()
    {
        SpinnerPhraseTable.Embedded.Phrases.Count(p => p.IsSignature).ShouldBeGreaterThan(50);
    }
}
