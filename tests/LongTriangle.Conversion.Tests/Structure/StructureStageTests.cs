using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Structure;

namespace LongTriangle.Conversion.Tests.Structure;

public sealed class StructureStageTests
{
    private static DocumentStructure Structure(params string[] lines) => StructureStage.Apply(Fragments.Text(lines));

    private static string[] Ids(DocumentStructure structure) => [.. structure.Body.Select(b => b.Id.Value)];

    private static DocumentBlock Block(DocumentStructure structure, string id) => structure.Body.Single(b => b.Id.Value == id);

    [Fact]
    public void Chapters_and_sections_number_headings_and_topic_sentence_paragraphs_by_position()
    {
        var structure = Structure(
            "第八章 推进更高水平协同开放",
            "以“一带一路”建设为统领，在更高层次、更宽领域，以更大力度协同推进对外开放。",
            "第一节 共建高水平开放平台",
            "协力办好中国国际进口博览会。高水平举办中国国际进口博览会，打造规模更大、质量更优的博览会。",
            "打造虹桥国际开放枢纽。推动虹桥地区高端商务、会展、交通功能深度融合。",
            "第二节 协同推进开放合作",
            "推动重点领域开放合作。进一步扩大制造业、服务业、农业领域对外开放。");

        Ids(structure).ShouldBe(["chp_8", "chp_8__para_1", "chp_8__sec_1", "chp_8__sec_1__para_1", "chp_8__sec_1__para_2", "chp_8__sec_2", "chp_8__sec_2__para_1"]);
        Block(structure, "chp_8").ShouldBeOfType<Heading>().Level.ShouldBe(2);
        Block(structure, "chp_8__sec_1").ShouldBeOfType<Heading>().Level.ShouldBe(3);
        Block(structure, "chp_8__sec_1__para_1").ShouldBeOfType<Paragraph>().Text.ShouldStartWith("协力办好中国国际进口博览会。");
        Block(structure, "chp_8").Text.ShouldBe("第八章 推进更高水平协同开放");
    }

    [Fact]
    public void A_seed_that_starts_at_chapter_eight_is_missing_chapters_one_to_seven_without_inventing_them()
    {
        var structure = Structure("第八章 推进更高水平协同开放", "以“一带一路”建设为统领。");
        structure.MissingParts.ShouldBe(["第一章至第七章"]);
        structure.MissingHeadings.ShouldBe(0);
    }

    [Fact]
    public void Plans_number_parts_sections_and_items_and_items_keep_their_following_paragraphs()
    {
        var structure = Structure(
            "一、明确总体要求",
            "（一）指导思想",
            "以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平总书记重要讲话精神。",
            "（二）基本原则",
            "1.坚持服从服务国家战略。始终把上海发展放在国家对长三角一体化发展的总体部署中思考和谋划。",
            "2.坚持发挥龙头带动作用。面向全球、面向未来，着力构筑战略新优势。",
            "鼓励支持虹桥-昆山-相城、嘉定-昆山-太仓等跨省市城镇合作。",
            "二、聚焦重点领域协同推进");

        Ids(structure).ShouldBe([
            "part_1", "part_1__sec_1", "part_1__sec_1__para_1", "part_1__sec_2",
            "part_1__sec_2__item_1", "part_1__sec_2__item_2", "part_1__sec_2__item_2__para_1", "part_2"]);
        Block(structure, "part_1__sec_2__item_1").ShouldBeOfType<Paragraph>().Text.ShouldStartWith("1.坚持");
        Block(structure, "part_1__sec_2").ShouldBeOfType<Heading>().Level.ShouldBe(3);
        structure.Repairs.ShouldBeEmpty();
    }

    [Fact]
    public void A_numbered_clause_with_a_topic_sentence_is_a_paragraph_carrying_its_section_id()
    {
        var structure = Structure(
            "一、总体要求",
            "（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。",
            "坚持全域融入。牢固树立“一体化”意识和“一盘棋”思想。");
        Block(structure, "part_1__sec_1").ShouldBeOfType<Paragraph>().Role.ShouldBe(ParagraphRole.Clause);
        Block(structure, "part_1__sec_1__para_1").Text.ShouldStartWith("坚持全域融入。");
    }

    [Fact]
    public void Numbering_that_restarts_without_a_new_parent_shows_a_lost_heading_which_gets_only_its_number()
    {
        var structure = Structure(
            "一、明确总体要求",
            "（一）指导思想",
            "（二）基本原则",
            "（一）提升上海服务辐射能级，共推城乡区域协调发展",
            "持续深化“五个中心”核心功能建设。");

        Ids(structure).ShouldBe(["part_1", "part_1__sec_1", "part_1__sec_2", "part_2", "part_2__sec_1", "part_2__sec_1__para_1"]);
        var inserted = Block(structure, "part_2").ShouldBeOfType<Heading>();
        inserted.Missing.ShouldBeTrue();
        inserted.Text.ShouldBe("二、");
        inserted.Line.ShouldBe(4);
        structure.Repairs.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            r => r.Kind.ShouldBe(RepairKind.HeadingInserted),
            r => r.After.ShouldBe("二、"),
            r => r.Line.ShouldBe(4));
    }

    [Fact]
    public void A_jump_in_numbering_inserts_the_skipped_headings()
    {
        var structure = Structure("一、明确总体要求", "到2025年，基本实现一体化发展。", "三、聚焦重点区域率先突破", "聚焦示范区等重点区域。");
        Ids(structure).ShouldBe(["part_1", "part_1__para_1", "part_2", "part_3", "part_3__para_1"]);
        Block(structure, "part_2").ShouldBeOfType<Heading>().Missing.ShouldBeTrue();
        structure.MissingHeadings.ShouldBe(1);
    }

    [Fact]
    public void Sections_after_the_preface_without_any_part_heading_get_their_lost_parts_back_when_numbering_restarts()
    {
        // Seed 003's shape: the 一、二、 headings were all lost, only （一）（二） remain and restart.
        var structure = Structure(
            "浙江省推进长江三角洲区域一体化发展行动方案",
            "为深入实施长江三角洲区域一体化发展规划纲要，充分发挥浙江优势，制定本行动方案。",
            "（一）指导思想。以习近平新时代中国特色社会主义思想为指导。",
            "（二）基本原则。坚持全域融入。",
            "（一）高水平建设大湾区，共同构建长三角产业创新协同体系。以环杭州湾经济区为核心。",
            "协同建设长三角重大创新平台。");

        Ids(structure).ShouldBe([
            "preface__para_1", "part_1", "part_1__sec_1", "part_1__sec_2", "part_2", "part_2__sec_1", "part_2__sec_1__para_1"]);
        Block(structure, "part_1").ShouldBeOfType<Heading>().ShouldSatisfyAllConditions(h => h.Missing.ShouldBeTrue(), h => h.Text.ShouldBe("一、"));
        Block(structure, "part_2").ShouldBeOfType<Heading>().Missing.ShouldBeTrue();
        Block(structure, "preface__para_1").ShouldBeOfType<Paragraph>().Role.ShouldBe(ParagraphRole.Preface);
        structure.TitleLine!.Text.ShouldBe("浙江省推进长江三角洲区域一体化发展行动方案");
    }

    [Fact]
    public void A_list_in_the_preface_before_the_first_part_is_not_a_lost_part()
    {
        var structure = Structure(
            "为做好有关工作，现将有关事项通知如下：",
            "（一）高度重视。",
            "（二）抓好落实。",
            "一、总体要求",
            "二、重点任务");
        structure.MissingHeadings.ShouldBe(0);
        Ids(structure).ShouldBe(["preface__para_1", "sec_1", "sec_2", "part_1", "part_2"]);
    }

    [Fact]
    public void Sections_before_a_part_two_had_their_part_one_heading_lost()
    {
        var structure = Structure("（一）指导思想", "（二）基本原则", "二、重点任务");
        Ids(structure).ShouldBe(["part_1", "part_1__sec_1", "part_1__sec_2", "part_2"]);
        structure.MissingHeadings.ShouldBe(1);
    }

    [Fact]
    public void A_section_number_lower_than_the_last_starts_a_lost_part_and_fills_the_gap_before_it()
    {
        var structure = Structure("一、甲", "（一）甲一", "（二）甲二", "（三）甲三", "（二）乙二", "正文。");
        Ids(structure).ShouldBe(["part_1", "part_1__sec_1", "part_1__sec_2", "part_1__sec_3", "part_2", "part_2__sec_1", "part_2__sec_2", "part_2__sec_2__para_1"]);
        Block(structure, "part_2__sec_1").ShouldBeOfType<Heading>().Text.ShouldBe("（一）");
    }

    [Fact]
    public void Articles_are_numbered_through_the_document_so_a_new_chapter_does_not_restart_them()
    {
        var structure = Structure(
            "第一章 总则",
            "第一条 为贯彻落实《长江三角洲区域一体化发展规划纲要》，支持示范区建设，制定本措施。",
            "第二条 本措施适用于示范区吴江区域。",
            "第二章 支持政策",
            "第三条 加大财政支持力度。省级财政每年安排专项资金，支持示范区基础设施建设。",
            "第四条 强化用地保障。优先保障示范区重大项目用地指标。",
            "第三章 附则",
            "第五条 本措施自印发之日起施行。");

        Ids(structure).ShouldBe(["chp_1", "chp_1__art_1", "chp_1__art_2", "chp_2", "chp_2__art_3", "chp_2__art_4", "chp_3", "chp_3__art_5"]);
        structure.MissingHeadings.ShouldBe(0);
        structure.Repairs.ShouldBeEmpty();
    }

    [Fact]
    public void Articles_that_start_again_in_each_chapter_count_within_it()
    {
        var restarting = Structure("第一章 总则", "第一条 目的。", "第二章 措施", "第一条 支持。", "第二条 保障。");
        Ids(restarting).ShouldBe(["chp_1", "chp_1__art_1", "chp_2", "chp_2__art_1", "chp_2__art_2"]);
    }

    [Fact]
    public void Missing_articles_are_missing_text_not_lost_headings()
    {
        // An excerpt of a regulation: it starts at 第三章 第十二条 and skips to 第三十条.
        var excerpt = Structure("第三章 科技创新", "第十二条 共同推进科技创新共同体建设。", "第十三条 鼓励组建创新联合体。", "第五章 附则", "第三十条 本条例自2022年3月1日起施行。");

        Ids(excerpt).ShouldBe(["chp_3", "chp_3__art_12", "chp_3__art_13", "chp_4", "chp_5", "chp_5__art_30"]);
        excerpt.MissingParts.ShouldBe(["第一章至第二章", "第一条至第十一条", "第十四条至第二十九条"]);
        excerpt.MissingHeadings.ShouldBe(1); // 第四章: a chapter heading is a heading
    }

    [Fact]
    public void Chapters_are_numbered_through_the_parts_of_a_document()
    {
        var structure = Structure("第一部分 总体要求", "第一章 发展基础", "基础扎实。", "第二部分 重点任务", "第二章 科技创新", "协同创新。");

        Ids(structure).ShouldBe(["div_1", "div_1__chp_1", "div_1__chp_1__para_1", "div_2", "div_2__chp_2", "div_2__chp_2__para_1"]);
        structure.MissingHeadings.ShouldBe(0);
    }

    [Fact]
    public void Sections_and_subsections_under_one_chapter_get_distinct_ids()
    {
        var structure = Structure("第一章 规划总则", "（一）规划范围。包括青浦区、吴江区和嘉善县。", "（二）规划原则。坚持生态优先。", "第一节 规划目标", "到2025年，重大项目建成运行。");

        Ids(structure).ShouldBe(["chp_1", "chp_1__subsec_1", "chp_1__subsec_2", "chp_1__sec_1", "chp_1__sec_1__para_1"]);
    }

    [Fact]
    public void A_first_part_heading_repeated_by_the_scraper_is_a_repeat_not_a_lost_chapter()
    {
        var structure = Structure("一、总体要求", "一、总体要求", "（一）指导思想。以新发展理念为指导。", "二、重点任务", "加强协同。");

        Ids(structure).ShouldBe(["part_1", "part_1-2", "part_1-2__sec_1", "part_2", "part_2__para_1"]);
        structure.MissingHeadings.ShouldBe(0);
    }

    [Fact]
    public void The_signature_a_document_ends_with_is_its_closing_section_and_gives_issuer_and_date()
    {
        var structure = Structure(
            "各市、县（市、区）人民政府，省政府直属各单位：",
            "为促进长三角地区高质量就业，经省政府同意，提出如下意见。",
            "一、总体目标",
            "到2025年，长三角地区就业质量明显提升。",
            "二、保障措施",
            "各地要加强组织领导，将就业工作纳入政府目标责任考核。",
            "浙江省人民政府办公厅",
            "2021年6月1日",
            "（此件公开发布）",
            "附件：1.重点任务分工表");

        Ids(structure).ShouldBe(["preface__para_1", "preface__para_2", "part_1", "part_1__para_1", "part_2", "part_2__para_1",
            "closing__para_1", "closing__para_2", "closing__para_3", "closing__para_4"]);
        Block(structure, "closing__para_1").ShouldBeOfType<Paragraph>().Role.ShouldBe(ParagraphRole.Closing);
        structure.Closing.ShouldNotBeNull().Issuer.ShouldBe("浙江省人民政府办公厅");
        structure.Closing.Written.ShouldBe(new DateOnly(2021, 6, 1));
    }

    [Fact]
    public void The_attachment_note_above_the_signature_and_the_colophon_under_it_close_the_document()
    {
        var structure = Structure(
            "一、保障措施",
            "嘉兴市、嘉善县要落实主体责任，省级有关部门要加强指导支持。",
            "附件：1．重点项目表",
            "2．任务分工表",
            "浙江省发展和改革委员会",
            "浙江省长三角区域合作办公室",
            "2022年3月20日",
            "（此件公开发布）",
            "抄送：省委各部门，省人大常委会办公厅。",
            "浙江省人民政府办公厅                2022年3月22日印发");

        Ids(structure).ShouldBe(["part_1", "part_1__para_1", .. Enumerable.Range(1, 8).Select(n => $"closing__para_{n}")]);
        structure.Closing.ShouldNotBeNull().Issuer.ShouldBe("浙江省发展和改革委员会 浙江省长三角区域合作办公室");
        structure.Closing.Written.ShouldBe(new DateOnly(2022, 3, 20));
    }

    [Theory]
    [InlineData("上海市人民政府办公厅关于推进长三角一体化发展重点领域合作的实施意见", "沪府办发〔2023〕8号")]
    [InlineData("沪府办发〔2023〕8号", "上海市人民政府办公厅关于推进长三角一体化发展重点领域合作的实施意见")]
    public void A_document_number_beside_the_title_is_metadata_not_text(string first, string second)
    {
        var structure = Structure(first, second, "一、深化科技创新合作", "建立长三角大型科学仪器设备共享服务平台。");

        structure.Number.ShouldBe("沪府办发〔2023〕8号");
        structure.Body.ShouldNotContain(b => b.Text.Contains("沪府办发", StringComparison.Ordinal));
    }

    [Fact]
    public void Annexes_after_the_signature_are_sections_of_their_own_with_their_own_numbering()
    {
        var structure = Structure(
            "一、总体要求",
            "以建设世界级港口群为目标，优化港口布局。",
            "附件：1.长三角港口群重点项目清单",
            "2.长三角港口群协同发展指标体系",
            "上海市交通委员会  江苏省交通运输厅",
            "2023年9月1日",
            "附件1",
            "长三角港口群重点项目清单",
            "一、集装箱码头项目",
            "1.上海港小洋山北侧作业区。",
            "附件2：长三角港口群协同发展指标体系",
            "1.集装箱吞吐量。");

        Ids(structure).ShouldBe([
            "part_1", "part_1__para_1", "closing__para_1", "closing__para_2", "closing__para_3", "closing__para_4",
            "annex_1", "annex_1__part_1", "annex_1__part_1__item_1", "annex_2", "annex_2__item_1"]);
        Block(structure, "annex_1").ShouldBeOfType<Heading>().Text.ShouldBe("附件1 长三角港口群重点项目清单");
        Block(structure, "annex_1__part_1").ShouldBeOfType<Heading>().Level.ShouldBe(3);
        structure.MissingHeadings.ShouldBe(0);
        structure.Closing.ShouldNotBeNull().Written.ShouldBe(new DateOnly(2023, 9, 1));
    }

    [Fact]
    public void An_attachment_line_without_a_signature_before_it_is_text()
    {
        var structure = Structure("一、总体要求", "加强协同。", "附件1", "重点项目清单");

        structure.Body.ShouldNotContain(b => b.Id.Value.StartsWith("annex", StringComparison.Ordinal));
    }

    [Fact]
    public void Joint_issuers_sign_on_separate_lines()
    {
        var structure = Structure("一、总体要求", "加强协同。", "上海市发展和改革委员会", "上海市财政局", "二〇二〇年一月十日");

        structure.Closing.ShouldNotBeNull().Issuer.ShouldBe("上海市发展和改革委员会 上海市财政局");
        Ids(structure).ShouldBe(["part_1", "part_1__para_1", "closing__para_1", "closing__para_2", "closing__para_3"]);
    }

    [Theory]
    // A date alone is the end of a clause's text, not a signature.
    [InlineData("一、总体要求", "加强协同。", "2021年6月1日")]
    // A numbered heading that ends like an organisation is not an issuer.
    [InlineData("一、总体要求", "加强协同。", "（三）领导小组", "2021年6月1日")]
    // A signature needs text before it.
    [InlineData("浙江省人民政府", "2021年6月1日")]
    public void Lines_that_only_look_like_a_signature_stay_where_they_are(params string[] lines)
    {
        var structure = Structure(lines);

        structure.Closing.ShouldBeNull();
        structure.Body.ShouldNotContain(b => b.Id.Value.StartsWith("closing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_repeated_number_gets_a_deterministic_distinct_id_and_is_recorded()
    {
        var structure = Structure("一、甲", "二、乙", "三、丙", "正文一。", "三、丁", "正文二。", "四、戊");
        Ids(structure).ShouldBe(["part_1", "part_2", "part_3", "part_3__para_1", "part_3-2", "part_3-2__para_1", "part_4"]);
        Block(structure, "part_3-2").Text.ShouldBe("三、丁");
        structure.Repairs.ShouldHaveSingleItem().Kind.ShouldBe(RepairKind.NumberingDisambiguated);
        structure.MissingHeadings.ShouldBe(0);
    }

    [Fact]
    public void Text_before_the_first_heading_is_the_preface()
    {
        var structure = Structure(
            "上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案",
            "实施长江三角洲区域（以下简称长三角）一体化发展战略，是党中央作出的重大决策部署。",
            "上海要主动承担国家使命。",
            "一、明确总体要求");
        Ids(structure).ShouldBe(["preface__para_1", "preface__para_2", "part_1"]);
        structure.Body.OfType<Paragraph>().ShouldAllBe(p => p.Role == ParagraphRole.Preface);
    }

    [Fact]
    public void Text_after_a_continuation_marker_before_the_first_heading_is_a_fragment()
    {
        var structure = Structure(
            "《长江三角洲区域一体化发展规划纲要》",
            "（上接第五版）惩戒措施路径互通的跨区域信用联合惩戒制度。建设长三角公共信用信息共享平台。",
            "第八章 推进更高水平协同开放");
        Ids(structure).ShouldBe(["fragment__para_1", "chp_8"]);
        Block(structure, "fragment__para_1").ShouldBeOfType<Paragraph>().Role.ShouldBe(ParagraphRole.Fragment);
        structure.HasFragment.ShouldBeTrue();
    }

    [Fact]
    public void The_line_the_layout_stage_found_after_a_removed_continuation_marker_is_a_fragment()
    {
        var text = Fragments.Text(
            "《长江三角洲区域一体化发展规划纲要》",
            "惩戒措施路径互通的跨区域信用联合惩戒制度。建设长三角公共信用信息共享平台。",
            "第八章 推进更高水平协同开放");
        var structure = StructureStage.Apply(text with { Facts = text.Facts with { LeadingFragmentLine = text.Lines[1].Number } });
        Ids(structure).ShouldBe(["fragment__para_1", "chp_8"]);
        structure.HasFragment.ShouldBeTrue();
    }

    [Fact]
    public void A_notice_header_becomes_the_notice_section_and_the_line_after_it_the_title()
    {
        var structure = Structure(
            "各区人民政府，市政府各委、办、局，各有关单位：",
            "现将《上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案》印发给你们，请认真按照执行。",
            "上海市人民政府",
            "2024年12月30日",
            "上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案",
            "为贯彻落实国务院印发的《深入实施以人为本的新型城镇化战略五年行动计划》，制定本实施方案。",
            "一、主要目标");

        Ids(structure).ShouldBe(["notice__para_1", "notice__para_2", "notice__para_3", "notice__para_4", "preface__para_1", "part_1"]);
        structure.Body.Take(4).ShouldAllBe(b => ((Paragraph)b).Role == ParagraphRole.Notice);
        structure.Notice!.Issuer.ShouldBe("上海市人民政府");
        structure.Notice.Written.ShouldBe(new DateOnly(2024, 12, 30));
        structure.TitleLine!.Number.ShouldBe(5);
    }

    [Fact]
    public void A_text_without_numbering_is_plain_paragraphs()
    {
        var structure = Structure("坚持全面深化改革，坚决破除制约一体化发展的行政壁垒。", "建立统一规范的制度体系。");
        Ids(structure).ShouldBe(["para_1", "para_2"]);
        structure.Body.OfType<Paragraph>().ShouldAllBe(p => p.Role == ParagraphRole.Clause);
    }

    [Fact]
    public void Blank_lines_and_indentation_are_layout_not_paragraphs()
    {
        var structure = Structure("", "　　一、明确总体要求", "  ", "　　到2025年，基本实现一体化发展。 ");
        Ids(structure).ShouldBe(["part_1", "part_1__para_1"]);
        Block(structure, "part_1__para_1").Text.ShouldBe("到2025年，基本实现一体化发展。");
        Block(structure, "part_1__para_1").Line.ShouldBe(4);
    }

    [Fact]
    public void Ids_are_the_same_on_every_run()
    {
        string[] lines = ["一、甲", "（一）甲一", "（三）甲三", "（一）乙一", "1.条目。正文。", "1.条目。再一次。"];
        Ids(Structure(lines)).ShouldBe(Ids(Structure(lines)));
    }
}
