namespace LongTriangle.Conversion.Tests.Genre;

/// <summary>
/// A seed shaped like a provincial government's own page, from a website none of the repository's seeds
/// come from (breadcrumb, metadata table, notice, footer with licence numbers): the converter must handle
/// it from what the lines are, with no rule written for it.
/// </summary>
public sealed class GovernmentSitePageTests : IDisposable
{
    private readonly TemporaryWorkspace _workspace = new();
    private readonly string _markdown;
    private readonly string _provenance;

    public GovernmentSitePageTests()
    {
        _workspace.Seed("010_anhui.txt",
            "首页 > 政务公开 > 政策文件 > 省政府文件",
            "安徽省人民政府关于印发安徽省实施长江三角洲区域一体化发展规划纲要行动计划的通知",
            "发布时间：2020-03-05 09:30 来源：安徽省人民政府办公厅 浏览次数：12345 字号：[大 中 小]",
            "索引号：002970147/202003-00012",
            "发文字号：皖政〔2020〕12号",
            "各市、县人民政府，省政府各部门、各直属机构：",
            "现将《安徽省实施长江三角洲区域一体化发展规划纲要行动计划》印发给你们，请认真贯彻执行。",
            "安徽省人民政府",
            "2020年3月1日",
            "安徽省实施长江三角洲区域一体化发展规划纲要行动计划",
            "为深入贯彻落实《长江三角洲区域一体化发展规划纲要》，加快推动安徽更好融入长三角一体化发展，制定本行动计划。",
            "一、总体要求",
            "（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、四中全会精神。",
            "（二）发展目标。到2025年，安徽与沪苏浙一体化发展取得实质性进展。",
            "二、重点任务",
            "（一）推动创新链产业链深度融合",
            "1.共建科技创新共同体。依托合肥综合性国家科学中心，联合上海张江共建世界一流重大科技基础设施集群。",
            "2.共建产业协同发展体系。推动G60科创走廊建设，打造具有国际竞争力的先进制造业集群。",
            "（二）加快基础设施互联互通",
            "1.共建轨道上的长三角。加快建设合新高铁、沪苏湖铁路等项目。",
            "三、保障措施",
            "加强组织领导，建立健全工作推进机制，确保各项任务落到实处。",
            "【打印本页】【关闭窗口】",
            "扫一扫在手机打开当前页",
            "主办单位：安徽省人民政府办公厅 承办：安徽省人民政府办公厅政务信息中心",
            "版权所有 © 2020 皖ICP备05003532号-1 皖公网安备 34010402700602号",
            "网站标识码：3400000001 联系电话：0551-62609999");
        new ContentConverter().Convert(_workspace.Seeds, _workspace.Content, check: false);
        _markdown = File.ReadAllText(Path.Combine(_workspace.Zh, "anhui", "anhui-action-plan-2020.md"));
        _provenance = File.ReadAllText(Path.Combine(_workspace.Zh, "anhui", "anhui-action-plan-2020.provenance.yml"));
    }

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void The_site_chrome_is_removed_from_the_text_and_kept_in_the_provenance()
    {
        foreach (var chrome in new[] { "首页 > 政务公开", "字号", "打印本页", "扫一扫", "版权所有", "皖ICP备", "网站标识码" })
        {
            _markdown.ShouldNotContain(chrome);
            _provenance.ShouldContain(chrome);
        }
    }

    [Fact]
    public void The_metadata_table_and_the_notice_become_front_matter()
    {
        _markdown.ShouldContain("region: \"anhui\"");
        _markdown.ShouldContain("title: \"安徽省实施长江三角洲区域一体化发展规划纲要行动计划\"");
        _markdown.ShouldContain("issuer: \"安徽省人民政府\"");
        _markdown.ShouldContain("written: \"2020-03-01\"");
        _markdown.ShouldContain("number: \"皖政〔2020〕12号\"");
        _markdown.ShouldNotContain("published:"); // the page's posting time is not a date of the document
    }

    [Fact]
    public void The_structure_gets_its_ids_from_the_documents_own_numbering()
    {
        _markdown.ShouldContain("现将《安徽省实施长江三角洲区域一体化发展规划纲要行动计划》印发给你们，请认真贯彻执行。 {#notice__para_3 .notice}");
        _markdown.ShouldContain("制定本行动计划。 {#preface__para_1 .preface}");
        _markdown.ShouldContain("## 二、重点任务 {#part_2 numbering=part}");
        _markdown.ShouldContain("### （二）加快基础设施互联互通 {#part_2__sec_2 numbering=subsection}");
        _markdown.ShouldContain("**1\\.共建轨道上的长三角**。加快建设合新高铁、沪苏湖铁路等项目。 {#part_2__sec_2__item_1 numbering=item}");
        _markdown.ShouldContain("确保各项任务落到实处。 {#part_3__para_1}");
    }
}
