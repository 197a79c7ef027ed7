using LongTriangle.Conversion.Cleaning.LostText;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Cleaning.LostText;

public sealed class GarbledResidueStageTests(ConversionData data) : IClassFixture<ConversionData>
{
    private WorkingText Mark(params string[] lines) =>
        new GarbledResidueStage(data.Hanzi).Apply(new LostCharacterStage().Apply(TestText.Of(lines)));

    [Fact]
    public void A_trail_byte_surfacing_as_an_ascii_letter_beside_a_lost_character_is_marked()
    {
        // seed 002, line 16: "以上?;A設施" — the "A" (0x41) is the trail byte of 礎 (B5 41)
        var text = Mark("高新技術產業產值占規模以上工業總產值比重達到48%以上?;A設施互聯互通基本實現");

        text.Lines.Select(l => l.Text).ShouldBe(["高新技術產業產值占規模以上工業總產值比重達到48%以上□;□設施互聯互通基本實現"]);
        text.Repairs.Count.ShouldBe(2);
        text.Repairs[1].ShouldBe(new Repair(RepairKind.LostCharacter, 1, "A", "□", "misread residue of a garbled character in “8%以上□;□設施互聯互通”"));
    }

    [Fact]
    public void A_stretch_read_one_byte_off_between_lost_characters_is_marked_throughout()
    {
        // seed 004, line 24 after pinyin removal: 專科，提升服務 read off step as "??疲μ嵘卜?"
        var text = Mark("推動市級醫院在新城布局重點??啤?勢??疲μ嵘卜?能級;遠近結合");

        text.Lines.Select(l => l.Text).ShouldBe(["推動市級醫院在新城布局重點□□啤□勢□□□□□□□能級;遠近結合"]);
        text.Repairs.Where(r => r.Note!.StartsWith("misread", StringComparison.Ordinal)).Select(r => r.Before).ShouldBe(["疲", "μ", "嵘", "卜"]);
    }

    [Fact]
    public void Genuine_text_between_lost_characters_stays()
    {
        // seed 004, lines 18 and 19: common characters and punctuation between marks are not residue
        var text = Mark("街坊老舊燃?管道改?。統籌規劃", "聚焦?;?、燃?、電?自行車");

        text.Lines.Select(l => l.Text).ShouldBe(["街坊老舊燃□管道改□。統籌規劃", "聚焦□;□、燃□、電□自行車"]);
        text.Repairs.ShouldAllBe(r => r.Before == "?");
    }

    [Fact]
    public void Codes_percentages_and_dates_are_untouched()
    {
        string[] genuine =
        [
            "推進G60科創走廊建設,5G網絡覆蓋率達到85%以上,支持企業在A股上市。",
            "建設“1+8”上海大都市圈,S16蘇嘉甬高速,2024年3月1日起施行,PM2.5濃度下降10-11%。",
            "加快□G60科創走廊和5G□基站建設,增長8.5%□以上,M1線□延伸",
        ];

        var text = Mark(genuine);

        text.Lines.Select(l => l.Text).ShouldBe(genuine);
        text.Repairs.ShouldBeEmpty();
    }
}
