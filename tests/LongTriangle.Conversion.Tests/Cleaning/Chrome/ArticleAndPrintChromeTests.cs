using LongTriangle.Conversion.Cleaning.Chrome;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Tests.Cleaning.Layout;

namespace LongTriangle.Conversion.Tests.Cleaning.Chrome;

/// <summary>Chrome of a WeChat official-account article and of a newspaper page reproducing a document.</summary>
public class ArticleAndPrintChromeTests
{
    private const string Title = "长三角生态绿色一体化发展示范区2023年重点工作安排";

    private readonly ChromeStage stage = new();

    [Fact]
    public void Removes_a_wechat_articles_headline_byline_and_call_to_follow_but_keeps_the_documents_title()
    {
        var text = SeedFragment.Of(
            (1, "重磅！长三角一体化示范区最新方案来了"),
            (2, "原创 上海发布 上海发布 2023-06-18 08:30 发表于上海"),
            (3, "点击上方蓝字关注我们"),
            (4, Title),
            (5, "今年是示范区建设第五年。为持续深化一体化制度创新，制定本安排。"),
            (6, "一、深化制度创新"));

        var result = stage.Apply(text);

        result.Lines.Select(l => l.Number).ShouldBe([4, 5, 6]);
        result.Repairs.Select(r => r.Note).ShouldBe(["headline of the page above its byline", "source or date line of the page", "page footer"]);
        result.Facts.SourceWebsite.ShouldBe("上海发布");
    }

    [Fact]
    public void Removes_a_wechat_articles_related_links_credits_and_toolbar_after_the_document()
    {
        var text = SeedFragment.Of(
            (12, "三、强化组织保障"),
            (13, "示范区执委会会同两区一县政府，按照职责分工抓好落实。"),
            (14, "▼往期回顾▼"),
            (15, "长三角一体化五周年 | 一图读懂"),
            (16, "来源：上海发布"),
            (17, "编辑：王小明"),
            (18, "阅读原文"),
            (19, "分享  收藏  在看  点赞"),
            (20, "喜欢此内容的人还喜欢"));

        var result = stage.Apply(text);

        result.Lines.Select(l => l.Number).ShouldBe([12, 13]);
        result.RemovedLines.Select(l => l.Number).ShouldBe([14, 15, 16, 17, 18, 19, 20]);
        result.Repairs.Take(2).Select(r => r.Note).ShouldBe(["heading of the page's links to other articles", "link to another article of the site"]);
    }

    [Fact]
    public void A_line_of_prose_at_the_top_is_no_headline_without_a_byline_under_it()
    {
        var text = SeedFragment.Of(
            (1, "为持续深化一体化制度创新，制定本安排！"),
            (2, "一、深化制度创新"),
            (3, "1.推进规划管理一体化。完善示范区国土空间规划实施机制。"));

        stage.Apply(text).ShouldBeSameAs(text);
    }

    [Theory]
    [InlineData("新华日报 2020年4月2日 第3版 要闻", "新华日报")]
    [InlineData("安徽日报　2023年11月20日　星期一　第2版", "安徽日报")]
    public void Removes_a_newspapers_masthead_and_page_credits_and_names_the_paper(string masthead, string paper)
    {
        var text = SeedFragment.Of(
            (1, masthead),
            (2, "江苏省贯彻长三角一体化发展规划纲要实施方案"),
            (3, "三、推动科技创新与产业协同发展"),
            (4, "深化产学研合作，支持高校、科研院所与企业共建联合实验室。"),
            (5, "本版编辑：张明　校对：李华"));

        var result = stage.Apply(text);

        result.Lines.Select(l => l.Number).ShouldBe([2, 3, 4]);
        result.RemovedLines.Select(l => l.Number).ShouldBe([1, 5]);
        result.Facts.SourceWebsite.ShouldBe(paper);
    }

    [Fact]
    public void A_title_naming_its_period_is_no_masthead()
    {
        var text = SeedFragment.Of(
            (1, "关于印发2023年第二批重点项目清单的通知"),
            (2, "各区人民政府："));

        stage.Apply(text).ShouldBeSameAs(text);
    }
}
