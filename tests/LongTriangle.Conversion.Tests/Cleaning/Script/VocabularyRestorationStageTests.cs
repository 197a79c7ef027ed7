using LongTriangle.Conversion.Cleaning.Script;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Cleaning.Script;

public sealed class VocabularyRestorationStageTests(ConversionData data) : IClassFixture<ConversionData>
{
    private WorkingText Restore(WorkingText text) =>
        new VocabularyRestorationStage(data.Vocabulary).Apply(new ScriptConversionStage(data.Script).Apply(text));

    // Real lines of seed 000 (Traditional, converted with Taiwan vocabulary).
    private const string Line35 = "能源互濟互保能力明顯提高,率先構建清潔低碳、安全高效的能源體系,新一代資訊基礎設施率先佈局成網並推廣應用。";
    private const string Line15 = "努力實現高品質發展、創造高品質生活,當好服務“一帶一路”建設橋頭堡";
    private const string Line53 = "促進網際網路、大數據、人工智慧和實體經濟深度融合,聚焦發展積體電路、人工智慧等新一代資訊技術産業";
    private const string Line31 = "高水準對外開放新高地率先形成。";

    [Fact]
    public void Taiwan_vocabulary_is_restored_when_the_document_carries_the_signature()
    {
        var text = Restore(TestText.Of(Line35, Line53, Line31));

        text.Lines.Select(l => l.Text).ShouldBe([
            "能源互济互保能力明显提高,率先构建清洁低碳、安全高效的能源体系,新一代信息基础设施率先布局成网并推广应用。",
            "促进互联网、大数据、人工智能和实体经济深度融合,聚焦发展集成电路、人工智能等新一代信息技术产业",
            "高水平对外开放新高地率先形成。"]);
        text.Facts.Script.ShouldBe(SourceScript.TraditionalTaiwan);
        text.Repairs.Where(r => r.Kind == RepairKind.VocabularyRestored).ShouldBe([
            new Repair(RepairKind.VocabularyRestored, 1, "资讯", "信息", "1 change"),
            new Repair(RepairKind.VocabularyRestored, 2, "网际网路 人工智慧 积体电路 人工智慧 资讯", "互联网 人工智能 集成电路 人工智能 信息", "5 changes"),
            new Repair(RepairKind.VocabularyRestored, 3, "水准", "水平", "1 change"),
        ]);
    }

    [Fact]
    public void Taiwan_cloud_bandwidth_and_money_terms_are_restored_but_mainland_units_stay()
    {
        // Taiwan 兆 in money is 10^12 (万亿); mainland 兆瓦 and 千兆 are 10^6 and 10^9 and stay.
        var text = Restore(TestText.Of(
            "長三角數位經濟規模突破15兆元,雲端運算、大數據、人工智慧等數位技術廣泛應用。",
            "提升網際網路國際出口頻寬,推廣雲端計算服務,新增光伏裝機100萬兆瓦,建設千兆光網。"));

        text.Lines.Select(l => l.Text).ShouldBe([
            "长三角数字经济规模突破15万亿元,云计算、大数据、人工智能等数字技术广泛应用。",
            "提升互联网国际出口带宽,推广云计算服务,新增光伏装机100万兆瓦,建设千兆光网。"]);
        text.Repairs.Where(r => r.Kind == RepairKind.VocabularyRestored).ShouldBe([
            new Repair(RepairKind.VocabularyRestored, 1, "数位 兆元 云端运算 人工智慧 数位", "数字 万亿元 云计算 人工智能 数字", "5 changes"),
            new Repair(RepairKind.VocabularyRestored, 2, "网际网路 频宽 云端计算", "互联网 带宽 云计算", "3 changes"),
        ]);
    }

    [Fact]
    public void Occurrences_a_rule_keeps_do_not_count_towards_the_signature()
    {
        // 兆元件 (mega-components) and 水准点 are mainland words; with 资讯 they are not three Taiwan terms.
        var text = Restore(TestText.Of("採購千兆元件,設定水準點,發布資訊。"));

        text.Lines[0].Text.ShouldBe("采购千兆元件,设定水准点,发布资讯。");
        text.Repairs.ShouldNotContain(r => r.Kind == RepairKind.VocabularyRestored);
    }

    [Fact]
    public void Ambiguous_terms_follow_their_context()
    {
        // 品質 is 质量 in 高质量发展 but stays 品质 in 高品质生活 (seed 000, line 15);
        // 智慧 is 智能 in 智能制造 but stays in 智慧应用 (seed 000, lines 53 and 91).
        var text = Restore(TestText.Of(Line15, Line53, "發展高端製造、智慧製造、綠色製造。推動重點領域智慧應用。"));

        text.Lines[0].Text.ShouldBe("努力实现高质量发展、创造高品质生活,当好服务“一带一路”建设桥头堡");
        text.Lines[2].Text.ShouldBe("发展高端制造、智能制造、绿色制造。推动重点领域智慧应用。");
    }

    [Fact]
    public void Traditional_text_without_the_signature_keeps_its_vocabulary()
    {
        // seed 002 (Traditional, mainland vocabulary): 对口支援 is a mainland term and 高品質 is meant.
        var text = Restore(TestText.Of(
            "推動城市大醫院與縣級醫院建立對口支援、巡回醫療和遠程醫療制度",
            "打造一批具有高品質的休閑度假旅游區"));

        text.Lines.Select(l => l.Text).ShouldBe(["推动城市大医院与县级医院建立对口支援、巡回医疗和远程医疗制度", "打造一批具有高品质的休闲度假旅游区"]);
        text.Facts.Script.ShouldBe(SourceScript.Traditional);
        text.Repairs.ShouldNotContain(r => r.Kind == RepairKind.VocabularyRestored);
    }

    [Fact]
    public void One_taiwan_looking_word_in_a_simplified_seed_is_not_a_signature()
    {
        // seed 001 (Simplified) line 25 says 信息资讯 on purpose.
        var seed = data.Reader.Read(SeedFiles.Load("001"));

        var text = Restore(seed);

        text.Lines.ShouldBe(seed.Lines);
        text.Repairs.ShouldBeEmpty();
    }

    [Fact]
    public void Whole_seed_000_loses_its_taiwan_vocabulary()
    {
        var text = Restore(data.Reader.Read(SeedFiles.Load("000")));
        var all = string.Join('\n', text.Lines.Select(l => l.Text));

        text.Facts.Script.ShouldBe(SourceScript.TraditionalTaiwan);
        foreach (var taiwan in new[] { "资讯", "网际网路", "积体电路", "人工智慧", "智慧财产权", "航空航太", "镭射", "水准", "网路", "支援", "共用" })
        {
            all.ShouldNotContain(taiwan);
        }

        all.ShouldContain("知识产权");
        all.ShouldContain("航空航天");
        all.ShouldContain("激光");
        all.ShouldContain("创造高品质生活");
    }
}
