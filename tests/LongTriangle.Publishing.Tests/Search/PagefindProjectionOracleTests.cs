using System.Text;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Search;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Search;

/// <summary>
/// The projection compared with the real Pagefind (node_modules), page by page: a change the projection leaves out
/// gives the same index, byte for byte, and a change Pagefind reads in a way easy to miss (found reading its parser)
/// gives another index and another digest. Each page is indexed alone, as one part.
/// </summary>
public sealed class PagefindProjectionOracleTests : IDisposable
{
    private readonly TempDirectory _root = new();
    private int _runs;

    public void Dispose() => _root.Dispose();

    /// <summary>Every file Pagefind's run wrote for the page, by name, as one string of names and SHA-256s.</summary>
    private string IndexOf(string html)
    {
        var run = _root.Combine((_runs++).ToString(System.Globalization.CultureInfo.InvariantCulture));
        const string page = "zh/national/p/index.html";
        Directory.CreateDirectory(Path.Combine(run, "site", "zh", "national", "p"));
        File.WriteAllText(Path.Combine(run, "site", page), html, new UTF8Encoding(false));
        var folder = Path.Combine(run, "index");
        Directory.CreateDirectory(folder);
        IndexedSite.Indexer().Index(Path.Combine(run, "site"), new IndexPart("zh-hans", 0, 1, [page]), folder);
        return string.Join("\n", Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(folder, f) + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))));
    }

    private static byte[]? Digest(string html) => PagefindProjection.Digest(Encoding.UTF8.GetBytes(html));

    private static string Changed(string from, string to)
    {
        PagefindProjectionTests.Page.ShouldContain(from);
        return PagefindProjectionTests.Page.Replace(from, to, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<q>加快推进一体化。</q>", "<q>加快推进长三角一体化。</q>")]                                  // a concordance note's excerpt
    [InlineData("<a href=\"#chp_1__para_1\">引用</a>", "<a href=\"#chp_1__para_1\">引用本条</a>")]          // clause tools beside the anchor
    [InlineData("<dt>地区</dt>", "<dt>所属地区</dt>")]                                                       // ignored metadata beside a meta
    [InlineData("<a href=\"/zh/sh/\">上海</a>", "<a href=\"/zh/js/\">江苏</a>")]                            // the header's navigation
    [InlineData("<footer>更新于 2026</footer>", "<footer>更新于  2027\n</footer>")]                          // the footer
    [InlineData("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"><meta name=\"description\" content=\"纲要\">")] // the head
    public void A_change_the_projection_leaves_out_gives_the_same_index(string from, string to)
    {
        var changed = Changed(from, to);
        Digest(changed).ShouldNotBeNull();
        Digest(changed).ShouldBe(Digest(PagefindProjectionTests.Page));
        IndexOf(changed).ShouldBe(IndexOf(PagefindProjectionTests.Page));
    }

    [Theory]
    [InlineData("推动长三角一体化发展。</p><span class=\"clause-tools\" data-pagefind-ignore><a href=\"#chp_1__para_1\">引用</a></span>",
        "推动长三角一体化发展。<span class=\"clause-tools\" data-pagefind-ignore><a href=\"#chp_1__para_1\">引用</a></span></p>",
        "推动长三角一体化发展。<span class=\"clause-tools\" data-pagefind-ignore><a href=\"#chp_1__para_1\">引用本条</a></span></p>")]   // ignored text inside an anchor
    [InlineData("<p id=\"chp_1__para_2\">", "<p class=\"note\" data-pagefind-ignore data-pagefind-meta=\"author\">张三</p><p id=\"chp_1__para_2\">",
        "<p class=\"note\" data-pagefind-ignore data-pagefind-meta=\"author\">李四</p><p id=\"chp_1__para_2\">")]                     // an ignored meta element's text
    [InlineData("data-pagefind-body>\n<h1", "data-pagefind-body>\n<h1 data-pagefind-ignore>张三</h1><h1", "data-pagefind-body>\n<h1 data-pagefind-ignore>李四</h1><h1")] // an ignored h1's text: the title
    [InlineData("data-filter-value=\"national\"", "data-filter-value=\"national\"", "data-filter-value=\"shanghai\"")]           // a meta in ignored metadata
    public void A_change_Pagefind_reads_gives_another_index_and_another_digest(string from, string baselineTo, string changedTo)
    {
        var baseline = Changed(from, baselineTo);
        var changed = Changed(from, changedTo);
        Digest(changed).ShouldNotBeNull();
        IndexOf(changed).ShouldNotBe(IndexOf(baseline));
        Digest(changed).ShouldNotBe(Digest(baseline));
    }

    [Fact]
    public void A_line_break_after_a_body_is_a_space_in_its_text()
    {
        // Text after the body in the element holding it is appended to the body's text; a <br> before it adds a space.
        const string page = "<!DOCTYPE html><html lang=\"zh-Hans\"><head><title>题</title></head><body><div><span data-pagefind-body>推动</span>{0}发展</div></body></html>";
        var joined = string.Format(System.Globalization.CultureInfo.InvariantCulture, page, "");
        var broken = string.Format(System.Globalization.CultureInfo.InvariantCulture, page, "<br>");
        IndexOf(broken).ShouldNotBe(IndexOf(joined));
        Digest(broken).ShouldNotBe(Digest(joined));
    }
}
