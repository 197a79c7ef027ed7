namespace LongTriangle.Conversion.Tests.Genre;

/// <summary>
/// A seed shaped like an opinion (实施意见) on a provincial portal that none of the repository's seeds come
/// from: addressees on top, the signature and date at the end with the attachments listed under them, and
/// chrome above and below. The issuer and date come from the signature (落款), which is not a clause.
/// </summary>
public sealed class SignedOpinionsPageTests : IDisposable
{
    private readonly TemporaryWorkspace _workspace = new();
    private readonly string _markdown;

    public SignedOpinionsPageTests()
    {
        _workspace.Seed("020_zhejiang.txt",
            "当前位置：首页 > 新闻中心 > 要闻",
            "浙江省人民政府办公厅关于推进长三角地区高质量就业的实施意见",
            "发布时间：2021-06-08 10:23  来源：浙江省人民政府办公厅  浏览次数：1523",
            "分享到：微信 微博",
            "各市、县（市、区）人民政府，省政府直属各单位：",
            "为贯彻落实长三角一体化发展国家战略，促进长三角地区高质量就业，经省政府同意，提出如下意见。",
            "一、总体目标",
            "到2025年，长三角地区就业质量明显提升，城镇新增就业累计达到500万人以上。",
            "二、主要任务",
            "（一）推动就业政策协同。一是统一就业失业登记标准；二是推进就业补贴互认。",
            "（二）加强职业技能培训。每年开展补贴性职业技能培训100万人次以上。",
            "三、保障措施",
            "各地要加强组织领导，将就业工作纳入政府目标责任考核。",
            "浙江省人民政府办公厅",
            "2021年6月1日",
            "（此件公开发布）",
            "附件：重点任务分工表",
            "扫一扫在手机打开当前页",
            "【打印本页】【关闭窗口】",
            "网站标识码3300000001  浙ICP备12345678号");
        new ContentConverter().Convert(_workspace.Seeds, _workspace.Content, check: false);
        _markdown = File.ReadAllText(Path.Combine(_workspace.Zh, "zhejiang", "zhejiang-opinions-2021.md"));
    }

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void The_signature_gives_the_issuer_and_the_date_written()
    {
        _markdown.ShouldContain("title: \"浙江省人民政府办公厅关于推进长三角地区高质量就业的实施意见\"");
        _markdown.ShouldContain("issuer: \"浙江省人民政府办公厅\"");
        _markdown.ShouldContain("written: \"2021-06-01\"");
        _markdown.ShouldNotContain("published:");
    }

    [Fact]
    public void The_signature_is_the_closing_section_not_part_of_the_last_clause()
    {
        _markdown.ShouldContain("各地要加强组织领导，将就业工作纳入政府目标责任考核。 {#part_3__para_1}");
        _markdown.ShouldContain("浙江省人民政府办公厅 {#closing__para_1 .closing}");
        _markdown.ShouldContain("2021年6月1日 {#closing__para_2 .closing}");
        _markdown.ShouldContain("（此件公开发布） {#closing__para_3 .closing}");
        _markdown.ShouldContain("附件：重点任务分工表 {#closing__para_4 .closing}");
        _markdown.ShouldNotContain("part_3__para_2");
        _markdown.ShouldNotContain("扫一扫");
    }

    [Fact]
    public void Numbered_clauses_keep_their_run_in_headings()
    {
        _markdown.ShouldContain("**（一）推动就业政策协同**。一是统一就业失业登记标准；二是推进就业补贴互认。 {#part_2__sec_1 numbering=subsection}");
    }
}
