using LongTriangle.Conversion.Cleaning.Layout;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Cleaning.Layout;

public class LineRejoinStageTests
{
    private readonly LineRejoinStage stage = new();

    [Fact]
    public void In_a_single_spaced_text_a_blank_line_ends_the_paragraph()
    {
        var text = TestText.Of(
            "为贯彻落实《长江三角洲区域一体化发展规划纲要》，现将2024年重点任务清单印发。",
            "一、重点任务",
            "推进沪苏湖铁路建设，深化G60科创走廊建设，",
            "共建长三角数据中心集群。",
            "二、工作要求",
            "各责任单位要对照清单，细化工作措施，确保按期",
            "",
            "完成时限以清单为准。");

        var lines = stage.Apply(text).Lines.Select(l => l.Text).Where(t => t.Length > 0).ToList();

        lines.ShouldContain("推进沪苏湖铁路建设，深化G60科创走廊建设，共建长三角数据中心集群。");
        lines.ShouldContain("各责任单位要对照清单，细化工作措施，确保按期");
        lines.ShouldContain("完成时限以清单为准。");
    }

    [Fact]
    public void Rows_of_a_flattened_table_are_never_joined()
    {
        var text = TestText.Of(
            "序号\t任务\t责任单位\t完成时限",
            "3\t深化G60科创走廊建设\t市发展改革委、松江区政府\t持续推进",
            "序号 任务 责任单位",
            "4 共建长三角数据中心集群 市经济信息化委",
            "5 推进长三角政务服务“一网通办” 市政府办公厅");

        stage.Apply(text).Lines.Count(l => l.Text.Length > 0).ShouldBe(5);
        LineRejoinStage.IsTableRow("推 进 长 三 角 一 体 化").ShouldBeFalse(); // spaced-out words are not cells
    }

    [Fact]
    public void Joins_a_sentence_split_by_a_print_break_across_a_blank_line()
    {
        var text = SeedFragment.Of(
            (35, "总结推广张江国家自主创新示范区国际人才试验区经验,稳步开展外国人永久居留、外国人"),
            (36, ""),
            (37, "来华工作许可、出入境便利服务、留学生就业等政策试点。"),
            (38, ""),
            (39, "第九章 创新一体化发展体制机制"));

        var result = stage.Apply(text);

        result.Lines.Select(l => (l.Number, l.Text)).ShouldBe([
            (35, "总结推广张江国家自主创新示范区国际人才试验区经验,稳步开展外国人永久居留、外国人来华工作许可、出入境便利服务、留学生就业等政策试点。"),
            (38, ""),
            (39, "第九章 创新一体化发展体制机制"),
        ]);
        var repair = result.Repairs.ShouldHaveSingleItem();
        repair.Kind.ShouldBe(RepairKind.LineRejoined);
        repair.Line.ShouldBe(35);
        repair.Note!.ShouldContain("37");
    }

    [Fact]
    public void Keeps_one_of_a_character_doubled_at_the_break()
    {
        var text = SeedFragment.Of(
            (75, "推动改革创新示范。积极探索深入落实新发展理念"),
            (76, ""),
            (77, "念、一体化制度率先突破、深化改革举措系统集成的路径,充分发挥其在长三角一体化发展中的示范引领作用。"));

        var result = stage.Apply(text);

        result.Texts().ShouldBe([
            "推动改革创新示范。积极探索深入落实新发展理念、一体化制度率先突破、深化改革举措系统集成的路径,充分发挥其在长三角一体化发展中的示范引领作用。",
        ]);
        result.Repairs.Select(r => (r.Kind, r.Line, r.Before)).ShouldBe([
            (RepairKind.DoubledCharacterRemoved, 77, "念"),
            (RepairKind.LineRejoined, 75, "极探索深入落实新发展理念\n念、一体化制度率先突破、"),
        ]);
    }

    [Fact]
    public void Joins_a_word_split_at_the_break_without_dropping_anything()
    {
        var text = SeedFragment.Of(
            (115, "实行贸易自由。取消不必要的贸易监管、许可和程"),
            (116, ""),
            (117, "序要求,实行高标准的货物贸易便利化和服务贸易自由化。"));

        stage.Apply(text).Texts().ShouldBe(["实行贸易自由。取消不必要的贸易监管、许可和程序要求,实行高标准的货物贸易便利化和服务贸易自由化。"]);
    }

    [Fact]
    public void Does_not_join_headings_titles_or_finished_paragraphs()
    {
        var text = SeedFragment.Of(
            (3, "《长江三角洲区域一体化发展规划纲要》"),
            (4, ""),
            (7, "第八章 推进更高水平协同开放"),
            (8, ""),
            (9, "以“一带一路”建设为统领,在更高层次、更宽领域,以更大力度协同推进对外开放,深化开放合作,优化营商环境,构建开放型经济新体制,不断增强国际竞争合作新优势。"),
            (10, ""),
            (11, "第一节 共建高水平开放平台"),
            (13, "(一)指导思想"),
            (15, "协力办好中国国际进口博览会。"));

        var result = stage.Apply(text);

        result.ShouldBeSameAs(text);
    }

    [Fact]
    public void Does_not_join_a_short_line_without_prose_punctuation_to_the_next()
    {
        // A notice header: issuer and date end without punctuation but are complete lines.
        var text = SeedFragment.Of(
            (3, "上海市人民政府"),
            (4, "2024年12月30日"),
            (5, "上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案"));

        stage.Apply(text).ShouldBeSameAs(text);
    }

    [Fact]
    public void Does_not_join_when_the_next_line_opens_a_paragraph_with_its_topic_sentence()
    {
        var text = SeedFragment.Of(
            (27, "提高乡村发展品质。大力实施乡村振兴战略,推进城镇常住人"),
            (28, "提高乡村发展品质。大力实施乡村振兴战略,推动农村一二三产业深度融合。"));

        stage.Apply(text).ShouldBeSameAs(text);
    }

    [Fact]
    public void Does_not_join_anything_in_a_text_that_lost_its_sentence_ends()
    {
        // Opening paragraphs of seed 001's chapters with their final 。 stripped, as a copy that lost its
        // punctuation would have them: each would otherwise look like a sentence the next line continues.
        var text = SeedFragment.Of(
            (9, "以“一带一路”建设为统领,在更高层次、更宽领域,以更大力度协同推进对外开放,深化开放合作"),
            (41, "坚持全面深化改革,坚决破除制约一体化发展的行政壁垒和体制机制障碍,建立统一规范的制度体系"),
            (69, "加快长三角生态绿色一体化发展示范区建设,在严格保护生态环境的前提下,率先探索将生态优势转化为经济社会发展优势"),
            (103, "加快中国(上海)自由贸易试验区新片区建设,以投资自由、贸易自由、资金自由、运输自由、人员从业自由等为重点"),
            (139, "加强党对长三角一体化发展的领导,明确各级党委和政府职责,建立健全实施保障机制"),
            (147, "长三角一体化发展是新时代党中央、国务院确定的重大战略。各级党委和政府要认真贯彻党中央、国务院战略部署"));

        LineRejoinStage.Continues(text.Lines[0].Text, text.Lines[1].Text).ShouldBeTrue();
        stage.Apply(text).ShouldBeSameAs(text);
    }

    [Fact]
    public void Does_not_drop_a_doubled_character_the_document_doubles_elsewhere()
    {
        LineRejoinStage.DoubledAcrossBreak("坚持人", "人参与、人人负责", "人人参与").ShouldBe(0);
        LineRejoinStage.DoubledAcrossBreak("深入落实新发展理念", "念、一体化制度", "深入落实新发展理念\n念、一体化制度").ShouldBe(1);
        LineRejoinStage.DoubledAcrossBreak("要研究", "研究落实", "领导要研究研究").ShouldBe(0);
    }

    // A copy that lost most of its full stops: the text as a whole gives no evidence of where its paragraphs
    // end, but a comma at the end of a line, or at the start of the next, still proves a break.
    private static readonly (int, string)[] ShortNewspaperSeed =
    [
        (9, "（三）支持皖北地区承接长三角产业转移，建设一批省际产业合作园区，推动“飞地经济”健康发展，"),
        (10, "加快形成优势互补的产业格局。"),
        (11, "二、共建世界级产业集群"),
        (12, "（一）联合打造新能源汽车和智能网联汽车产业集群，支持合肥、芜湖与上海、苏州等地开展整车及零部件配套协作"),
        (14, "，形成研发在沪苏、制造在安徽的协作模式。"),
        (15, "围绕集成电路、生物医药、人工智能等领域，联合培育一批世界级先进制造业集群"),
        (16, "深化产学研合作，支持高校、科研院所与企业共建联合实验室和产业创新中心"),
        (17, "加快北沿江高铁、沪苏湖铁路、通苏嘉甬铁路建设，构建以上海为核心的一小时通勤圈"),
        (18, "推进城际铁路和市域（郊）铁路建设，加快构建轨道上的长三角和一小时交通圈"),
    ];

    [Fact]
    public void Joins_a_line_ending_on_a_comma_or_followed_by_one_even_where_the_text_gives_no_evidence()
    {
        var text = SeedFragment.Of(ShortNewspaperSeed);
        LineRejoinStage.MarksParagraphEnds(text).ShouldBeFalse();

        stage.Apply(text).Texts().ShouldBe([
            "（三）支持皖北地区承接长三角产业转移，建设一批省际产业合作园区，推动“飞地经济”健康发展，加快形成优势互补的产业格局。",
            "二、共建世界级产业集群",
            "（一）联合打造新能源汽车和智能网联汽车产业集群，支持合肥、芜湖与上海、苏州等地开展整车及零部件配套协作，形成研发在沪苏、制造在安徽的协作模式。",
            "围绕集成电路、生物医药、人工智能等领域，联合培育一批世界级先进制造业集群",
            "深化产学研合作，支持高校、科研院所与企业共建联合实验室和产业创新中心",
            "加快北沿江高铁、沪苏湖铁路、通苏嘉甬铁路建设，构建以上海为核心的一小时通勤圈",
            "推进城际铁路和市域（郊）铁路建设，加快构建轨道上的长三角和一小时交通圈",
        ]);
    }

    [Fact]
    public void A_heading_keeps_its_paragraph_apart_and_a_comma_line_does_not_swallow_a_heading()
    {
        var text = SeedFragment.Of(
            (5, "（一）指导思想"),
            (6, "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，"),
            (7, "（二）基本原则"),
            (8, "坚持全域融入。牢固树立一体化意识。"));

        stage.Apply(text).ShouldBeSameAs(text);
    }

    [Fact]
    public void Paragraph_ends_before_headings_show_that_a_short_text_marks_them()
    {
        var text = SeedFragment.Of(
            (5, "长三角生态绿色一体化发展示范区建设，推动苏州吴江区与上海青浦区、浙江嘉"),
            (6, "善县共同打造生态友好型一体化发展样板。"),
            (7, "三、推动科技创新与产业协同发展"),
            (9, "加强与上海张江、安徽合肥综合性国家科学中心的协同联动，共同建设重大科技基础设"),
            (10, "施集群。推进南京、苏州等地建设综合性科学中心和产业创新中心。"),
            (11, "深化产学研合作，支持高校、科研院所与企业共建联合实验室。"),
            (12, "（二）共同打造先进制造业集群"),
            (13, "围绕集成电路、生物医药、人工智能等领域，联合培育一批世界级先进制造业集群。"),
            (14, "四、加快基础设施互联互通"),
            (16, "加快北沿江高铁、沪苏湖铁路、通苏嘉甬铁路建设，构建以上海为核心的一小时通勤圈"),
            (17, "。推进城际铁路和市域（郊）铁路建设。"));

        stage.Apply(text).Texts().ShouldBe([
            "长三角生态绿色一体化发展示范区建设，推动苏州吴江区与上海青浦区、浙江嘉善县共同打造生态友好型一体化发展样板。",
            "三、推动科技创新与产业协同发展",
            "加强与上海张江、安徽合肥综合性国家科学中心的协同联动，共同建设重大科技基础设施集群。推进南京、苏州等地建设综合性科学中心和产业创新中心。",
            "深化产学研合作，支持高校、科研院所与企业共建联合实验室。",
            "（二）共同打造先进制造业集群",
            "围绕集成电路、生物医药、人工智能等领域，联合培育一批世界级先进制造业集群。",
            "四、加快基础设施互联互通",
            "加快北沿江高铁、沪苏湖铁路、通苏嘉甬铁路建设，构建以上海为核心的一小时通勤圈。推进城际铁路和市域（郊）铁路建设。",
        ]);
    }
}
