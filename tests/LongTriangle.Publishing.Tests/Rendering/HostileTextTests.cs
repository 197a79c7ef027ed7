using LongTriangle.Publishing.Checking;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Rendering;

/// <summary>Content is data: markup in seed text, titles, translations or provenance must come out as text.</summary>
public sealed class HostileTextTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "<img src=x onerror=alert(2)>";

    [Fact]
    public void Markup_in_any_content_field_is_rendered_escaped()
    {
        using var fixture = new ContentFixture();
        fixture.Replace("zh/national/outline-2019.md", "协力办好中国国际进口博览会。", ContentFixture.Escape(Script) + "协力办好");
        fixture.Replace("zh/national/outline-2019.md", "## 第九章 创新一体化发展体制机制", "## 第九章 " + ContentFixture.Escape(Image));
        fixture.Replace("zh/national/outline-2019.md", "issuer: \"中共中央 国务院\"", "issuer: \"\\\"><script>alert(3)</script>\"");
        fixture.Replace("zh/national/outline-2019.md", "  script: \"simplified\"", "  script: \"simplified\"\n  url: \"javascript:alert(4)\"");
        fixture.Replace("en/national/outline-2019.yml", "Chapter 9 Innovating", "<b onmouseover=alert(5)>Chapter 9</b> Innovating");
        fixture.Replace("zh/national/outline-2019.provenance.yml", "title repeated as page chrome", "<iframe src=javascript:alert(6)>");

        var result = BuiltSite.Build(fixture);
        result.Problems.ShouldBeEmpty();

        foreach (var sitePath in new[] { "zh/national/outline-2019/", "en/national/outline-2019/", "en/national/outline-2019/parallel/", "zh/national/outline-2019/provenance/", "zh/national/" })
        {
            var html = BuiltSite.Page(fixture, sitePath);
            var tags = HtmlTokenizer.StartTags(html);
            tags.Where(t => t.Name == "script").Select(t => t.Attribute("src")).ShouldAllBe(src => src != null && src.StartsWith("/assets/js/"));
            tags.ShouldNotContain(t => t.Name == "img" || t.Name == "iframe" || t.Name == "b", sitePath);
            tags.SelectMany(t => t.Attributes).ShouldNotContain(a => a.Key.StartsWith("on"), sitePath);
            tags.Select(t => t.Attribute("href") ?? "").ShouldNotContain(h => h.StartsWith("javascript:"), sitePath);
        }
        var chinese = BuiltSite.Page(fixture, "zh/national/outline-2019/");
        chinese.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;协力办好");
        chinese.ShouldContain("&lt;img src=x onerror=alert(2)&gt;");
        BuiltSite.Page(fixture, "en/national/outline-2019/").ShouldContain("&lt;b onmouseover=alert(5)&gt;Chapter 9&lt;/b&gt; Innovating");
    }

    [Fact]
    public void Raw_html_in_a_body_that_was_not_escaped_stays_text()
    {
        using var fixture = new ContentFixture();
        fixture.Replace("zh/national/outline-2019.md", "协力办好中国国际进口博览会。", Script + Image + "协力办好");

        BuiltSite.Build(fixture).Problems.ShouldBeEmpty();

        var html = BuiltSite.Page(fixture, "zh/national/outline-2019/");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;协力办好");
        HtmlTokenizer.StartTags(html).ShouldNotContain(t => t.Name == "img");
    }
}
