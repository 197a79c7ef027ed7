using LongTriangle.Conversion.Cleaning;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Cleaning;

public sealed class CharacterStagesTests : IClassFixture<CharacterStages>
{
    private readonly CharacterStages stages;

    public CharacterStagesTests(CharacterStages stages) => this.stages = stages;

    private WorkingText Run(WorkingText text)
    {
        foreach (var stage in stages.AfterReading)
        {
            text = stage.Apply(text);
        }

        return stages.Punctuation.Apply(text);
    }

    [Fact]
    public void Garbled_traditional_line_comes_out_simplified_with_the_recovered_characters()
    {
        // seed 002, line 16 (fragment): garbling is undone on the Traditional bytes, then converted.
        var text = Run(TestText.At(16, "常住人口城鎮化率達到75%??苿摦a業融合發展體系基本建立"));

        // The lost 。 is named by its surviving trail byte (A3, which of the clause marks only 。 has) after a figure.
        text.Lines[0].Text.ShouldBe("常住人口城镇化率达到75%。科创产业融合发展体系基本建立");
        text.Repairs.Select(r => r.Kind).ShouldBe([RepairKind.MojibakeRepaired, RepairKind.ScriptConverted]);
    }

    [Fact]
    public void Annotated_line_with_lost_characters_comes_out_clean()
    {
        // seed 004, line 2
        var text = Run(TestText.At(2, "現(xiàn)將《上海市深入實(shí)施以人為本的新型城鎮(zhèn)化戰(zhàn)略五年行動(dòng)計(jì)劃的實(shí)施方案》印發(fā)給你們,請(qǐng)認(rèn)真按照?qǐng)?zhí)行。"));

        text.Lines[0].Text.ShouldBe("现将《上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案》印发给你们，请认真按照执行。"); // 执 named by its reading zhí and the word 执行; "?qǐng)" was its lead byte, split from it by a stray reading
        text.Facts.Script.ShouldBe(SourceScript.Traditional);
    }

    [Fact]
    public void A_reading_printed_after_a_lost_trail_byte_names_the_character_with_its_surviving_lead()
    {
        // Written for this test: the GBK bytes of "新能源和電動(dòng)汽車", 和's lead lost, read out of step
        // (碗妱), 動's trail lost with the "(" of its reading. 84 leads 動 and a hundred others; with dòng, only 動 and the rare 勭.
        var text = Run(TestText.At(3, "加快發(fā)展(zhǎn)新能源?碗妱?dòng)汽車,推進(jìn)充電設(shè)施建設(shè)"));

        text.Lines[0].Text.ShouldContain("电动汽车");
        text.Repairs.Where(r => r.Kind == RepairKind.MojibakeRepaired).ShouldHaveSingleItem()
            .Note.ShouldNotBeNull().ShouldContain("动 named by its surviving byte, the reading dong4 printed after it");
        text.LostReadings.ShouldBeEmpty(); // consumed by the realigning stage
    }

    [Fact]
    public void A_surviving_lead_and_a_printed_reading_that_only_one_character_shares_name_it_without_a_word()
    {
        // Written for this test: "推進(jìn)充電(diàn)樁" with 充's lead lost, read out of step (潆), 電's trail lost with the
        // "(" of its reading. Of the characters led by EB, only 電 reads diàn.
        var text = Run(TestText.At(4, "加快發(fā)展(zhǎn)新能源汽車,推進(jìn)?潆?diàn)樁建設(shè)"));

        text.Lines[0].Text.ShouldContain("电桩建设");
        text.Repairs.Where(r => r.Kind == RepairKind.MojibakeRepaired).ShouldHaveSingleItem()
            .Note.ShouldNotBeNull().ShouldContain("電 named by its surviving byte EB and the reading dian4 printed after it");
    }

    [Fact]
    public void Simplified_seed_001_is_only_given_its_punctuation_back()
    {
        var seed = stages.Reader.Read(SeedFiles.Load("001"));

        var text = Run(seed);

        text.Repairs.Select(r => r.Kind).Distinct().ShouldBe([RepairKind.PunctuationRestored]);
        text.Facts.Script.ShouldBe(SourceScript.Simplified);
    }

    [Fact]
    public void Same_input_gives_identical_output()
    {
        var first = Run(stages.Reader.Read(SeedFiles.Load("000")));
        var second = Run(stages.Reader.Read(SeedFiles.Load("000")));

        second.Lines.ShouldBe(first.Lines);
        second.Repairs.ShouldBe(first.Repairs);
    }
}
