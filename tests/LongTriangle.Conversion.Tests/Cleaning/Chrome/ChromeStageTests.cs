using LongTriangle.Conversion.Cleaning.Chrome;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Tests.Cleaning.Layout;

namespace LongTriangle.Conversion.Tests.Cleaning.Chrome;

/// <summary>Fragments of seeds 000, 002, 003 and 004 (converted to Simplified with OpenCC t2s, as the script stage would).</summary>
public class ChromeStageTests
{
    private const string Title000 = "上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案";
    private const string Lede000 = "《长江三角洲区域一体化发展规划纲要》发布,到2025年,上海“五个中心”核心功能和服务辐射能级显著增强,跨区域多领域深化合作达到较高水准";

    private readonly ChromeStage stage = new();

    [Fact]
    public void Removes_a_news_pages_source_line_lede_and_full_text_introduction_but_keeps_the_title()
    {
        var text = SeedFragment.Of(
            (1, Title000),
            (2, ""),
            (3, "来源:中国网地产 2020-01-10 17:02:09"),
            (4, ""),
            (5, "中国网地产讯 1月10日," + Lede000),
            (6, ""),
            (7, "以下为全文:"),
            (8, ""),
            (9, "实施长江三角洲区域(以下简称长三角)一体化发展战略,是以习近平同志为核心的党中央作出的重大决策部署。"),
            (11, "一、明确总体要求"));

        var result = stage.Apply(text);

        result.Lines.Where(l => l.Text.Length > 0).Select(l => l.Number).ShouldBe([1, 9, 11]);
        result.RemovedLines.Select(l => l.Number).ShouldBe([3, 5, 7]);
        result.Repairs.ShouldAllBe(r => r.Kind == RepairKind.ChromeRemoved);
        result.Repairs.Select(r => r.Note).ShouldBe(["source or date line of the page", "news lede of the page", "the page's introduction to the document"]);
    }

    [Fact]
    public void Removes_links_to_the_sites_neighbouring_articles_at_the_bottom()
    {
        var text = TestText.Of(
            "二、深化基础设施互联互通",
            "加快通苏嘉甬铁路、沪杭甬城际建设。",
            "分享到：微信 微博 QQ空间",
            "相关链接：",
            "上一篇：浙江省2023年长三角一体化工作总结",
            "下一篇：关于开展长三角一体化示范项目申报的通知",
            "网站标识码：3300000024");

        var result = stage.Apply(text);

        result.Lines.Select(l => l.Text).ShouldBe(["二、深化基础设施互联互通", "加快通苏嘉甬铁路、沪杭甬城际建设。"]);
        result.RemovedLines.Count.ShouldBe(5);
    }

    [Fact]
    public void Removes_the_footer_with_its_title_card_repeated_lede_contacts_and_copyright_and_recognises_the_site()
    {
        var text = SeedFragment.Of(
            (1, Title000),
            (3, "来源:中国网地产 2020-01-10 17:02:09"),
            (5, "中国网地产讯 1月10日," + Lede000),
            (221, "(四)加强督查考核"),
            (223, "加强跟踪分析,动态掌握年度计划和重点任务落实情况。建立评估制度,适时组织第三方评估机构对本实施方案落实进展进行评估。"),
            (226, "(责任编辑:)"),
            (227, "即时资讯"),
            (228, "联系我们"),
            (229, "办公地址:北京市朝阳区酒仙桥路10号恒通国际商务园B12C座五层"),
            (230, "邮       编:100015"),
            (231, "联系电话:010-59756138/6139"),
            (233, "网站无障碍"),
            (234, Title000),
            (235, "来源:中国网地产2020-01-10 17:02:09"),
            (236, "1月10日," + Lede000),
            (237, "长按保存图片"),
            (239, "中国网地产"),
            (241, "是中国网际网路新闻中心·中国网旗下地产频道,是国内官方、权威、专业的国家重点新闻网站。"),
            (245, "版权所有 中国网际网路新闻中心 电子邮件: dichan@dichanchina.com 电话:010-59756138/6139 京ICP证 040089号"),
            (246, "京公网安备110108006329号 网路传播视听节目许可证号:0105123 ©2008 house.china.com.cn All rights reserved"),
            (247, "关于我们 主办单位 权责申明 联系我们 广告合作"));

        var result = stage.Apply(text);

        result.Lines.Select(l => l.Number).ShouldBe([1, 221, 223]);
        result.RemovedLines.Select(l => l.Number).ShouldBe([3, 5, 226, 227, 228, 229, 230, 231, 233, 234, 235, 236, 237, 239, 241, 245, 246, 247]);
        result.Facts.SourceWebsite.ShouldBe("中国网地产 (house.china.com.cn)");
        result.Facts.TitleFromChrome.ShouldBe(Title000);
        result.Facts.PageFields.ShouldBe([
            new PageField("来源", "中国网地产 2020-01-10 17:02:09", 3),
            new PageField("来源", "中国网地产2020-01-10 17:02:09", 235),
        ]);
    }

    [Fact]
    public void Removes_a_company_contact_block_its_introduction_of_the_document_and_its_credits()
    {
        var text = SeedFragment.Of(
            (1, "电话:021-68160507"),
            (2, "传真:021-68160512"),
            (3, "基地:南通市如东县掘港街道国信南路9号"),
            (6, "邮箱:qhhb@qianhan.com.cn"),
            (7, "江苏省司法厅发布《长江三角洲区域一体化发展规划纲要》,全文如下:"),
            (8, "实施长三角区域一体化发展战略,是以习近平同志为核心的党中央作出的重大决策部署。"),
            (9, "一、紧抓长三角区域一体化发展国家战略机遇"),
            (100, "(四)强化督促落实"),
            (101, "各地各有关部门要把实施长三角一体化发展战略摆在突出位置,主要领导亲自抓、负总责。"),
            (102, "乾瀚环保整理编辑,部分内容来源互联网"),
            (103, "版权归原作者所有,如有侵权请立即与我们联系,我们将及时处理!"));

        var result = stage.Apply(text);

        result.Lines.Select(l => l.Number).ShouldBe([8, 9, 100, 101]);
        result.Repairs.Count.ShouldBe(7);
        result.Facts.IntroducedTitle.ShouldBe("长江三角洲区域一体化发展规划纲要");
        result.Facts.TitleFromChrome.ShouldBeNull();
        result.Facts.SourceWebsite.ShouldBe("乾瀚环保 (qianhan.com.cn)");
    }

    [Fact]
    public void Strips_a_site_name_glued_to_the_title_by_the_titles_document_type()
    {
        var text = SeedFragment.Of(
            (1, "浙江省推进长江三角洲区域一体化发展行动方案金山区智慧教育云平台"),
            (2, "2018年11月5日,习正在首届外国国际进口博览会上颁布发表。"));

        var result = stage.Apply(text);

        result.Lines[0].ShouldBe(new SourceLine(1, "浙江省推进长江三角洲区域一体化发展行动方案"));
        var repair = result.Repairs.ShouldHaveSingleItem();
        (repair.Kind, repair.Line, repair.After).ShouldBe((RepairKind.TitleCleaned, 1, "浙江省推进长江三角洲区域一体化发展行动方案"));
        result.Facts.TitleFromChrome.ShouldBe("浙江省推进长江三角洲区域一体化发展行动方案");
        result.Facts.SourceWebsite.ShouldBe("金山区智慧教育云平台");
        result.RemovedLines.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案")]
    [InlineData("长江三角洲区域一体化发展规划纲要")]
    [InlineData("上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案")]
    [InlineData("关于印发《长江三角洲区域一体化发展规划纲要》的通知")]
    [InlineData("浙江省推进长江三角洲区域一体化发展行动方案（征求意见稿）")]
    public void Leaves_complete_titles_alone(string title)
    {
        var text = SeedFragment.Of((1, title), (2, "为贯彻落实国务院印发的《深入实施以人为本的新型城镇化战略五年行动计划》,结合实际,制定本实施方案。"));

        stage.Apply(text).ShouldBeSameAs(text);
    }

    [Fact]
    public void Keeps_a_notice_header_and_removes_only_the_editor_line_after_the_text()
    {
        var text = SeedFragment.Of(
            (1, "各区人民政府,市政府各委、办、局,各有关单位:"),
            (2, "现将《上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案》印发给你们,请认真按照执行。"),
            (3, "上海市人民政府"),
            (4, "2024年12月30日"),
            (5, "上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案"),
            (31, "六、组织实施"),
            (33, "(二)强化要素协同。完善各区年度建设用地指标配置,合理安排人口净流入地区土地指标。"),
            (34, "责任编辑: 李颖"));

        var result = stage.Apply(text);

        result.Lines.Select(l => l.Number).ShouldBe([1, 2, 3, 4, 5, 31, 33]);
        result.RemovedLines.ShouldBe([new SourceLine(34, "责任编辑: 李颖")]);
        result.Facts.SourceWebsite.ShouldBeNull();
    }

    [Fact]
    public void Keeps_an_issuer_and_date_that_stand_before_the_editor_line()
    {
        var text = SeedFragment.Of(
            (33, "(二)强化要素协同。完善各区年度建设用地指标配置,合理安排人口净流入地区土地指标。"),
            (35, "上海市人民政府"),
            (36, "2024年12月30日"),
            (37, "责任编辑: 李颖"));

        stage.Apply(text).Lines.Select(l => l.Number).ShouldBe([33, 35, 36]);
    }

    [Fact]
    public void Keeps_contact_like_lines_and_phone_mentions_inside_the_body()
    {
        var text = SeedFragment.Of(
            (1, "第八章 推进更高水平协同开放"),
            (2, "电话:021-68160507"),
            (3, "推进政务服务“一网通办”,整合12345市民服务热线电话,实现跨区域通办。"),
            (4, "第九章 创新一体化发展体制机制"),
            (5, "坚持全面深化改革,坚决破除制约一体化发展的行政壁垒和体制机制障碍。"));

        stage.Apply(text).ShouldBeSameAs(text);
    }

    [Fact]
    public void Removes_a_government_sites_breadcrumb_metadata_table_and_repeated_title_and_keeps_their_values()
    {
        // The layout government sites print above a document, filled with seed 004's own values.
        const string title = "上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案";
        var text = SeedFragment.Of(
            (1, "首页 > 政务公开 > 政策文件"),
            (2, "发文机关：上海市人民政府  成文日期：2024年12月30日"),
            (3, "标题：" + title),
            (4, title + "_上海市人民政府网站"),
            (5, title),
            (6, "各区人民政府,市政府各委、办、局,各有关单位:"),
            (7, "现将《" + title + "》印发给你们,请认真按照执行。"));

        var result = stage.Apply(text);

        result.Lines.ShouldBe([new SourceLine(4, title), new SourceLine(6, text.Lines[5].Text), new SourceLine(7, text.Lines[6].Text)]);
        result.RemovedLines.Select(l => l.Number).ShouldBe([1, 2, 3, 5]);
        result.Facts.PageFields.ShouldBe([
            new PageField("发文机关", "上海市人民政府", 2),
            new PageField("成文日期", "2024年12月30日", 2),
            new PageField("标题", title, 3),
        ]);
        result.Facts.SourceWebsite.ShouldBe("上海市人民政府网站");
        result.Facts.TitleFromChrome.ShouldBe(title);
    }

    [Fact]
    public void A_clean_seed_passes_unchanged()
    {
        var text = SeedFragment.WholeSeed("001_df41f4f8f86f6848.txt");

        stage.Apply(text).ShouldBeSameAs(text);
    }
}
