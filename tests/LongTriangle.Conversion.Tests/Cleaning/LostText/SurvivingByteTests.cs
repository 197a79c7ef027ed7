using LongTriangle.Conversion.Cleaning.LostText;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Conversion.Tests.Cleaning.LostText;

/// <summary>
/// A lost GBK character one of whose bytes survived, named by the word it makes with its neighbours.
/// The garbled fragments were made for these tests from sentences written for them: the GBK bytes of the
/// sentence with one lead byte lost, the rest decoded out of step, then Unicode-normalised (NFKC).
/// </summary>
public sealed class SurvivingByteTests(ConversionData data) : IClassFixture<ConversionData>
{
    private static readonly ChineseWordPairs Pairs = ChineseWordPairs.LoadEmbedded();

    private NeighbourWordChoice Words => new(data.Hanzi, data.Script, Pairs);

    private WorkingText Repair(params string[] lines) => new MojibakeRepairStage(data.Encodings, data.Hanzi, Words).Apply(TestText.Of(lines));

    [Fact]
    public void A_trail_byte_read_as_folded_full_width_punctuation_names_the_lost_character()
    {
        // 確保《綱要》: 保 (B1 A3) lost its lead; A3 A1 became ！, folded to "!".
        var text = Repair("各部門要確?!毒V要》落實");

        text.Lines[0].Text.ShouldBe("各部門要確保《綱要》落實");
        text.Repairs.ShouldHaveSingleItem().Note.ShouldNotBeNull().ShouldContain("保 named by its surviving byte and the word 确保");
    }

    [Fact]
    public void A_clause_mark_between_two_lost_marks_whose_bytes_are_halves_of_characters_is_part_of_the_loss()
    {
        // Written for this test: 確保航運安全 with 保's lead lost; A3 BA (保's trail, 航's lead) read as ：, folded to
        // ":"; 航's trail lost; in step again at 運. The text never had a colon there.
        var realignment = new GbkRealignment(data.Encodings, data.Hanzi, Words);
        const string line = "加強監管,確?:?運安全";

        var repair = realignment.RepairNaming(line, line.IndexOf('?'), damageShown: true).ShouldNotBeNull();

        repair.Length.ShouldBe(3);
        repair.Replacement.ShouldNotContain(":");
        repair.Replacement.ShouldNotContain("：");
        repair.MarkBytes.ShouldBe("A3 BA");
        (repair.LostCharacters + repair.Named.Sum(n => n.Character.Length)).ShouldBe(2);
    }

    [Fact]
    public void A_clause_mark_between_lost_marks_stays_where_the_document_shows_no_such_damage_or_its_bytes_cannot_be_halves()
    {
        var realignment = new GbkRealignment(data.Encodings, data.Hanzi, Words);

        realignment.RepairNaming("聚焦?;?、燃氣", 2, damageShown: false).ShouldBeNull();
        // ！ is A3 A1: A1 leads only punctuation, so no character can have it as its lead, and the mark is the text's.
        realignment.RepairNaming("聚焦?!?、燃氣", 2, damageShown: true).ShouldBeNull();
    }

    [Fact]
    public void A_trail_byte_taken_as_the_next_lead_names_the_lost_character()
    {
        // 流域綜合: 域 (D3 F2) lost its lead; F2 led the out-of-step reading.
        Repair("統籌推進淮河流?蚓C合治理").Lines[0].Text.ShouldBe("統籌推進淮河流域綜合治理");
    }

    [Fact]
    public void Without_the_word_table_the_character_stays_lost()
    {
        var text = new MojibakeRepairStage(data.Encodings, data.Hanzi).Apply(TestText.Of("各部門要確?!毒V要》落實"));
        text.Lines[0].Text.ShouldBe("各部門要確\uFFFD《綱要》落實");
    }

    [Fact]
    public void A_neighbour_bound_to_a_more_common_word_leaves_the_gap_alone()
    {
        // 战?控制: 遥 (the candidate its surviving byte allowed) would make 遥控, but 控 already belongs to 控制;
        // the lost character was 。
        Words.Choose(["遥"[0]], "保卫战", "控制煤炭", provenHan: false).ShouldBeNull();
    }

    [Fact]
    public void After_a_figure_a_gap_may_have_been_punctuation_unless_a_reading_proves_a_character()
    {
        Words.Choose(["专"[0]], "", "科创产业", provenHan: false).ShouldBeNull();
        Words.Choose(["专"[0], "转"[0]], "", "科创产业", provenHan: true).ShouldNotBeNull().Word.ShouldBe("专科");
    }

    [Fact]
    public void A_rare_word_or_a_close_second_decides_nothing()
    {
        Words.Choose(["保"[0]], "能力", "淮河流域", provenHan: false).ShouldBeNull(); // 力保 is rare
        Words.Choose(["数"[0], "树"[0]], "", "", provenHan: true).ShouldBeNull();
    }

    [Fact]
    public void A_trail_byte_only_one_clause_mark_has_names_that_mark_where_a_phrase_ends()
    {
        // 80%。基層: 。 (A1 A3) lost its lead; A3 BB became ；, folded to ";"; after a figure a phrase ends.
        var text = Repair("到2030年達到80%?;鶎俞t療服務能力提高,推進");

        text.Lines[0].Text.ShouldBe("到2030年達到80%。基層醫療服務能力提高,推進");
        text.Repairs.ShouldHaveSingleItem().Note.ShouldNotBeNull().ShouldContain("。 named by its surviving byte A3, which of the clause marks only 。 has");
    }

    [Fact]
    public void A_pair_in_the_user_defined_area_dropped_between_two_characters_is_recovered_from_the_bytes_either_side()
    {
        // 。控制能源消費總量: read out of step, 消費's middle bytes (FB D9) made a user-defined pair, decoded to a
        // private-use character and removed; CF before the gap and 4D ("M") after it remain, and only 消费 fits both.
        var text = Repair("城鄉居民收入穩步增長??刂颇茉聪M總量,推進");

        text.Lines[0].Text.ShouldBe("城鄉居民收入穩步增長。控制能源消費總量,推進");
        text.Repairs.ShouldHaveSingleItem().Note.ShouldNotBeNull().ShouldContain("消費 named by the bytes either side of a dropped user-defined pair (CF…4D) and the word 消费");
    }

    [Fact]
    public void Two_lost_characters_side_by_side_are_named_together_by_the_words_they_make_with_their_neighbours()
    {
        // 出??? + ",": 海 (trail A3 survived) and 口 (lead BF survived); 专科 is a word too, but binds to nothing around it.
        var first = Characters(trail: 0xA3);
        var second = Characters(lead: 0xBF);
        Words.ChoosePair(first, second, "东部出", "").ShouldNotBeNull().ShouldSatisfyAllConditions(
            pair => char.ConvertFromUtf32(pair.First).ShouldBe("海"),
            pair => char.ConvertFromUtf32(pair.Second).ShouldBe("口"),
            pair => pair.Words.ShouldBe("出海 海口"));
        Words.ChoosePair(first, second, "", "").ShouldBeNull(); // with no neighbour, 专科 and 海口 are both just words
    }

    [Fact]
    public void A_run_of_lost_marks_without_misreading_is_realigned_only_in_a_document_that_shows_the_damage()
    {
        const string Run = "推進港口建設,打造東部出???,完善集疏運體系";
        Repair(Run).Lines[0].Text.ShouldBe(Run);

        var text = Repair("各部門要確?!毒V要》落實", "統籌推進淮河流?蚓C合治理", "到2030年達到80%?;鶎俞t療服務能力提高,推進", Run);
        text.Lines[3].Text.ShouldBe("推進港口建設,打造東部出海口,完善集疏運體系");
        text.Repairs[^1].Note.ShouldNotBeNull().ShouldContain("海口 named by their surviving bytes and the words 出海 海口");
    }

    [Fact]
    public void A_run_that_ends_one_byte_into_a_punctuation_mark_is_realigned_up_to_that_mark()
    {
        // 出海口、完善: 海 (BA A3) lost its lead; A3 BF read as ？ (folded to "?"), DA A1 as 凇, and the 、's trail A2 was
        // lost with it. Read one byte on: 口 (BF DA), then A1 alone before 完 (A1 CD is ⊥): the lead of a lost mark.
        var text = Repair("打造东部出??凇完善港口体系");

        text.Lines[0].Text.ShouldBe("打造东部出海口\uFFFD完善港口体系");
        text.Repairs.ShouldHaveSingleItem().Note.ShouldNotBeNull().ShouldContain("海 named by its surviving byte");
    }

    [Fact]
    public void A_common_character_read_across_a_lost_mark_is_taken_out_once_the_document_shows_the_damage()
    {
        // 專科、優勢: 專 (8C A3) lost its lead, A3 BF read as ？ (folded to "?"), C6 A1 as 啤 — common, so no misreading
        // shows — and the 、's trail was lost. Alone the run stays; in a document that shows the damage it is read
        // one byte on: 科 (BF C6), 專 named by its trail A3 and the word 专科, then the lost mark.
        const string Run = "推動醫院布局重點??啤優勢學科";
        Repair(Run).Lines[0].Text.ShouldBe(Run);

        var text = Repair("各部門要確?!毒V要》落實", "統籌推進淮河流?蚓C合治理", "到2030年達到80%?;鶎俞t療服務能力提高,推進", Run);
        text.Lines[3].Text.ShouldBe("推動醫院布局重點专科\uFFFD優勢學科");
    }

    [Fact]
    public void Of_two_close_candidates_the_word_the_document_writes_elsewhere_is_chosen()
    {
        // 联 + a lost character with lead byte C3: 联盟 and 联名 are both common words, too close to choose between.
        var candidates = Characters(lead: 0xC3);
        Words.Choose(candidates, "中医专科联", "", provenHan: false).ShouldBeNull();

        var attested = Words.WordsOf(["協同建立長三角體育產業聯盟"]);
        Words.Choose(candidates, "中医专科联", "", provenHan: false, attested).ShouldNotBeNull()
            .ShouldSatisfyAllConditions(
                choice => char.ConvertFromUtf32(choice.Character).ShouldBe("盟"),
                choice => choice.Word.ShouldBe("联盟, which the document writes elsewhere"));
        Words.Choose(candidates, "中医专科联", "", provenHan: false, Words.WordsOf(["聯盟與聯名"])).ShouldBeNull(); // both written
    }

    /// <summary>The characters GBK encodes with this lead or trail byte.</summary>
    private int[] Characters(byte? lead = null, byte? trail = null)
    {
        var found = new List<int>();
        for (var l = lead ?? 0x81; l <= (lead ?? 0xFE); l++)
        {
            for (var t = trail ?? 0x40; t <= (trail ?? 0xFE); t++)
            {
                if (LegacyEncodings.TryDecode(data.Encodings.Gbk, [(byte)l, (byte)t]) is { Length: 1 } s && CommonHanzi.IsHan(s[0]))
                {
                    found.Add(s[0]);
                }
            }
        }

        return [.. found];
    }

    [Fact]
    public void The_whole_converter_names_the_character_and_counts_only_what_stays_lost()
    {
        using var workspace = new TemporaryWorkspace();
        workspace.Seed("001_plan.txt", "某某省推進區域一體化發展實施方案", "一、總體要求", "（一）加強組織領導。各部門要確?!毒V要》落實。");
        workspace.Sidecar("001_plan.txt", "slug: plan\nregion: jiangsu\n");

        new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: false);

        var markdown = workspace.ContentFiles()["zh/jiangsu/plan.md"];
        markdown.ShouldContain("各部门要确保《纲要》落实。");
        markdown.ShouldContain("lost_characters: 0");
    }
}
