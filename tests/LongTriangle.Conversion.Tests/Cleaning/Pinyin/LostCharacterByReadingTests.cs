using LongTriangle.Conversion.Cleaning.Pinyin;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Conversion.Tests.Cleaning.Pinyin;

/// <summary>A lost character named by the reading printed after it and the word it makes with its neighbour; fragments written for these tests.</summary>
public sealed class LostCharacterByReadingTests(PinyinFixture fixture, ConversionData data) : IClassFixture<PinyinFixture>, IClassFixture<ConversionData>
{
    private static readonly ChineseWordPairs Words = ChineseWordPairs.LoadEmbedded();

    /// <summary>Annotations the page printed elsewhere, so that the document counts as annotated.</summary>
    private const string Annotated = "各區(qū)、各有關(guān)單位(wèi)：";

    private LostCharacterByReading Chooser => new(fixture.Readings, new LongTriangle.Conversion.Cleaning.LostText.NeighbourWordChoice(data.Hanzi, data.Script, Words), data.Encodings);

    private WorkingText Clean(params string[] lines) => new PinyinAnnotationStage(fixture.Readings, Chooser).Apply(TestText.Of(lines));

    private static PinyinSyllable Syllable(string text) => PinyinSyllable.Parse(text) ?? throw new ArgumentException(text);

    [Fact]
    public void The_reading_and_the_next_character_name_the_lost_one()
    {
        Chooser.Choose(Syllable("shù"), before: "前瞻布局", after: "字新基建").ShouldBe(("数", "数字"));
    }

    [Fact]
    public void The_character_before_decides_when_nothing_follows()
    {
        Chooser.Choose(Syllable("huà"), before: "持续优", after: "").ShouldBe(("化", "优化"));
    }

    [Fact]
    public void Traditional_neighbours_are_compared_in_simplified()
    {
        Chooser.Choose(Syllable("xīn"), before: "", after: "聞發布").ShouldBe(("新", "新闻"));
    }

    [Fact]
    public void Without_a_word_nothing_is_named()
    {
        Chooser.Choose(Syllable("shù"), before: "", after: "").ShouldBeNull();
        Chooser.Choose(Syllable("shù"), before: "", after: "啤").ShouldBeNull();
    }

    [Fact]
    public void The_stage_names_the_character_for_both_forms_the_page_leaves_and_records_why()
    {
        var text = Clean(Annotated, "前瞻布局?(shù)字新基建，持續?huà)營商環境。");

        text.Lines[1].Text.ShouldBe("前瞻布局数字新基建，持續?營商環境。");
        var recovered = text.Repairs.Single(r => r.Kind == RepairKind.LostCharacterRecovered);
        recovered.Before.ShouldBe("?(shù)");
        recovered.After.ShouldBe("数（数字）");
    }

    [Fact]
    public void A_lost_lead_byte_whose_trail_survived_as_ascii_is_named_by_the_trail_and_the_reading_together()
    {
        // 郊區(qū)發展: 區 is 85 5E in GBK; its lead byte was lost ("?"), its trail read as "^", and the page's reading follows.
        var text = Clean(Annotated, "推動近郊?^(qū)發展。");

        text.Lines[1].Text.ShouldBe("推動近郊區發展。");
        var recovered = text.Repairs.Single(r => r.Kind == RepairKind.LostCharacterRecovered);
        recovered.Before.ShouldBe("?^(qū)");
        recovered.After.ShouldBe("區（qu/5E）");
    }

    [Fact]
    public void A_character_split_by_a_stray_reading_is_one_lost_character_named_by_the_second_reading()
    {
        // 優 (83 9E) with "(jī)" inserted between its bytes: each byte, followed by a "(", was lost as "?" with the "(".
        var text = Clean(Annotated, "研究?jī)?yōu)化服務流程。");

        text.Lines[1].Text.ShouldBe("研究优化服務流程。");
        var recovered = text.Repairs.Single(r => r.Kind == RepairKind.LostCharacterRecovered);
        recovered.Before.ShouldBe("?jī)?yōu)");
        recovered.After.ShouldBe("优（优化+jī）");
    }

    [Fact]
    public void Two_lost_characters_whose_first_reading_names_one_stay_two()
    {
        // 化營 with both characters lost: "?huà)" names 化 where it stands (优化), so the pair is not one split
        // character (which would drop 化): each mark keeps its own place, the second still lost.
        var text = Clean(Annotated, "持續優?huà)?(yíng)商環境。");

        text.Lines[1].Text.ShouldBe("持續優化?商環境。");
        text.Repairs.ShouldNotContain(r => r.Before == "?huà)?(yíng)");
    }

    [Fact]
    public void A_surviving_byte_no_character_of_that_reading_has_names_nothing()
    {
        // "~" (7E) is the trail of no character read qū: the mark stays lost.
        Chooser.ChooseByTrailByte(Syllable("qū"), (byte)'~', "近郊", "發展").ShouldBeNull();
    }

    [Fact]
    public void A_document_without_annotations_keeps_its_question_marks()
    {
        var text = Clean("为什么要布局?(shù)字新基建");
        text.Lines[0].Text.ShouldBe("为什么要布局?(shù)字新基建");
    }

    [Fact]
    public void The_word_table_rejects_a_line_that_is_not_a_two_character_word() =>
        Should.Throw<InvalidDataException>(() => ChineseWordPairs.Parse(["数字\t4670", "基础设施\t107"])).Message.ShouldContain("基础设施");

    [Fact]
    public void The_whole_converter_publishes_the_named_character()
    {
        using var workspace = new TemporaryWorkspace();
        workspace.Seed("001_plan.txt", "某某市推进城市数字化转型实施方案", Annotated, "一、总体要求", "（一）前瞻布局?(shù)字新基建。加快建设城市大脑。");
        workspace.Sidecar("001_plan.txt", "slug: plan\nregion: shanghai\n");

        new ContentConverter().Convert(workspace.Seeds, workspace.Content, check: false);

        var files = workspace.ContentFiles();
        files["zh/shanghai/plan.md"].ShouldContain("前瞻布局数字新基建");
        files["zh/shanghai/plan.md"].ShouldContain("lost_characters: 0");
        files["zh/shanghai/plan.provenance.yml"].ShouldContain("lost-character-recovered");
    }
}
