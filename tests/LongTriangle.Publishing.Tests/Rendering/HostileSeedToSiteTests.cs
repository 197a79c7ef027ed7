using System.Net;
using System.Text.RegularExpressions;
using LongTriangle.Conversion;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Checking;
using LongTriangle.Publishing.Site;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Rendering;

/// <summary>
/// End to end: a seed and a sidecar full of markup go through the real converter and the real build, and
/// every built page is parsed. Nothing in them can add an element or an attribute to the site: the pages
/// hold only the element/attribute pairs the theme produces for the repository's own content, no event
/// handler, no javascript: address, no script but the theme's files; and the hostile text shows as text.
/// </summary>
public sealed partial class HostileSeedToSiteTests
{
    private static readonly string[] Seed =
    [
        "<script>alert(1)</script>上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案",
        "实施长江三角洲区域一体化发展战略<img src=x onerror=alert(2)>，是党中央作出的重大决策部署。",
        "一、明确总体要求<a href=\"javascript:alert(3)\">点此</a>",
        "（一）指导思想 [链接](javascript:alert(4)) {#part_9 onclick=alert(5)}",
        "以习近平新时代中国特色社会主义思想为指导。<svg onload=alert(6)>",
        "# 不是标题 * 不是列表 |a|b| `代码` ---",
        "<!-- 注释 --><style>body{display:none}</style>",
        "二、\"><iframe src=javascript:alert(7)></iframe>",
        "三、保障措施",
        "三、保障措施",
    ];

    private const string Sidecar = """
        slug: hostile-plan
        region: shanghai
        title: "\"><script>alert(8)</script>上海市实施方案: #1 --- 'quoted'"
        title_en: "<b onmouseover=alert(9)>Plan</b>"
        issuer: "上海市人民政府\" onfocus=\"alert(10)"
        number: "<i>沪府发〔2020〕1号</i>"
        source_url: "https://example.org/a?b=%22%3E%3Cscript%3Ealert(11)%3C/script%3E"
        errata:
          - find: "决策部署"
            replace: "决策部署<marquee>alert(12)</marquee>"
            reason: "<blink>test</blink>"
            source: "javascript:alert(13)"
        missing: "<object data=x>第四部分</object>"
        source_name: "<u onclick=alert(14)>报</u>"
        sources:
          issuer: "<script>alert(15)</script>"
          number: "\" onmouseover=\"alert(16)"
        """;

    private static readonly string[] ShownAsText =
    [
        "<script>alert(8)</script>", "<img src=x onerror=alert(2)>", "<a href=\"javascript:alert(3)\">点此</a>",
        "<svg onload=alert(6)>", "<marquee>alert(12)</marquee>", "<iframe src=javascript:alert(7)></iframe>",
    ];

    [Fact]
    public void No_seed_or_sidecar_text_adds_an_element_or_attribute_to_any_page()
    {
        using var root = new TempDirectory();
        var seeds = root.Combine("seeds");
        var content = root.Combine("content");
        Directory.CreateDirectory(seeds);
        Directory.CreateDirectory(content);
        File.Copy(Path.Combine(RepositoryRoot.Path, "content", "site.yml"), Path.Combine(content, "site.yml"));
        File.WriteAllText(Path.Combine(seeds, "001_hostile.txt"), string.Join("\n", Seed) + "\n");
        File.WriteAllText(Path.Combine(seeds, "001_hostile.txt.yml"), Sidecar + "\n");

        new ContentConverter().Convert(seeds, content, check: false);
        var site = root.Combine("_site");
        var result = new SiteBuild().Run(new BuildOptions(content, site, SiteBase.Root), new QuietStages());
        result.Problems.ShouldBeEmpty();
        result.Published.ShouldBeTrue();

        var allowed = ThemePairs();
        var pages = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        pages.Count.ShouldBeGreaterThan(10);
        foreach (var page in pages)
        {
            var name = Path.GetRelativePath(site, page);
            var tags = HtmlTokenizer.StartTags(File.ReadAllText(page));
            Pairs(tags).Where(p => !allowed.Contains(p)).ShouldBeEmpty(name);
            tags.SelectMany(t => t.Attributes).Where(a => a.Key.StartsWith("on", StringComparison.Ordinal)).ShouldBeEmpty(name);
            tags.SelectMany(t => t.Attributes).Where(a => a.Key is "href" or "src" or "action" or "data")
                .Where(a => a.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty(name);
            tags.Where(t => t.Name == "script").ShouldAllBe(t => (t.Attribute("src") ?? "").StartsWith("/assets/", StringComparison.Ordinal), name);
            CspForbidsInlineScript(tags).ShouldBeTrue(name);
        }

        var document = Text(File.ReadAllText(Path.Combine(site, "zh", "shanghai", "hostile-plan", "index.html")));
        foreach (var hostile in ShownAsText)
            document.ShouldContain(hostile);
        Text(File.ReadAllText(Path.Combine(site, "en", "shanghai", "hostile-plan", "index.html"))).ShouldContain("<b onmouseover=alert(9)>Plan</b>");
        Text(File.ReadAllText(Path.Combine(site, "zh", "shanghai", "hostile-plan", "provenance", "index.html"))).ShouldContain("<blink>test</blink>");
    }

    [Fact]
    public void Every_page_of_the_repository_site_declares_a_policy_without_inline_script()
    {
        using var root = new TempDirectory();
        new SiteBuild().Run(new BuildOptions(Path.Combine(RepositoryRoot.Path, "content"), root.Combine("_site"), SiteBase.Root), new QuietStages())
            .Published.ShouldBeTrue();

        foreach (var page in Directory.GetFiles(root.Combine("_site"), "*.html", SearchOption.AllDirectories))
        {
            var tags = HtmlTokenizer.StartTags(File.ReadAllText(page));
            CspForbidsInlineScript(tags).ShouldBeTrue(page);
            tags.Where(t => t.Name == "script").ShouldAllBe(t => t.Attribute("src") != null, page);
        }
    }

    /// <summary>The meta policy comes before any script, and its script-src allows neither inline script nor any host.</summary>
    private static bool CspForbidsInlineScript(IReadOnlyList<HtmlTag> tags)
    {
        var meta = tags.Select((t, i) => (t, i)).FirstOrDefault(x => x.t.Name == "meta"
            && string.Equals(x.t.Attribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase));
        if (meta.t is null) return false;
        var firstScript = tags.Select((t, i) => (t, i)).FirstOrDefault(x => x.t.Name == "script");
        if (firstScript.t is not null && firstScript.i < meta.i) return false;
        var directives = (meta.t.Attribute("content") ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var script = directives.FirstOrDefault(d => d.StartsWith("script-src ", StringComparison.Ordinal))
            ?? directives.FirstOrDefault(d => d.StartsWith("default-src ", StringComparison.Ordinal));
        if (script is null) return false;
        var sources = script.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        return !sources.Contains("'unsafe-inline'") && !sources.Contains("*") && !sources.Any(s => s.StartsWith("'nonce-", StringComparison.Ordinal) || s.StartsWith("'sha", StringComparison.Ordinal) || s.Contains(':', StringComparison.Ordinal));
    }

    /// <summary>
    /// Every (element, attribute) pair the theme writes for the repository's own documents, built as they
    /// are and once more without their English translations (untranslated text is marked up differently).
    /// </summary>
    private static HashSet<(string, string)> ThemePairs()
    {
        using var root = new TempDirectory();
        var repository = Path.Combine(RepositoryRoot.Path, "content");
        var untranslated = root.Combine("untranslated");
        foreach (var file in Directory.GetFiles(repository, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(repository, file);
            if (relative.StartsWith("en" + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(untranslated, relative))!);
            File.Copy(file, Path.Combine(untranslated, relative));
        }

        var pairs = new HashSet<(string, string)>();
        foreach (var (source, output) in new[] { (repository, root.Combine("site")), (untranslated, root.Combine("site-untranslated")) })
        {
            new SiteBuild().Run(new BuildOptions(source, output, SiteBase.Root), new QuietStages()).Published.ShouldBeTrue(source);
            pairs.UnionWith(Directory.GetFiles(output, "*.html", SearchOption.AllDirectories).SelectMany(p => Pairs(HtmlTokenizer.StartTags(File.ReadAllText(p)))));
        }
        return pairs;
    }

    private static IEnumerable<(string, string)> Pairs(IEnumerable<HtmlTag> tags) =>
        tags.SelectMany(t => t.Attributes.Select(a => (t.Name, a.Key)).Prepend((t.Name, "")));

    /// <summary>The text of a page: tags removed, character references decoded (markup that was escaped shows again).</summary>
    private static string Text(string html) => WebUtility.HtmlDecode(AnyTag().Replace(html, " "));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex AnyTag();
}
