using System.Text;
using LongTriangle.Publishing.Search;

namespace LongTriangle.Publishing.Tests.Search;

/// <summary>
/// The digest of what Pagefind reads of a page: every change to something Pagefind reads changes it, a change to what
/// it ignores does not, and markup this reader cannot split with certainty gives none (the page is then keyed whole).
/// </summary>
public sealed class PagefindProjectionTests
{
    /// <summary>A document page in the theme's shape, small: a header outside the body, the body with a meta title,
    /// an ignored metadata block holding attribute metas, clauses with anchors and their ignored tools beside them, an ignored
    /// concordance note, a footer.</summary>
    internal const string Page = """
        <!DOCTYPE html>
        <html lang="zh-Hans">
        <head><meta charset="utf-8"><title>纲要 · 长三角</title><script src="/js/site.js" defer></script></head>
        <body>
        <header class="site-header"><a href="/zh/">长三角政策库</a><nav><a href="/zh/sh/">上海</a></nav></header>
        <main>
        <article class="document" data-pagefind-body>
        <h1 lang="zh-Hans" data-pagefind-meta="title_en[data-title-en]" data-title-en="Outline">长江三角洲区域一体化发展规划纲要</h1>
        <section class="metadata" data-pagefind-ignore><dl><dt>地区</dt><dd data-pagefind-meta="region[data-filter-value]" data-filter-value="national">全国</dd></dl></section>
        <div class="clause"><p id="chp_1__para_1">推动长三角一体化发展。</p><span class="clause-tools" data-pagefind-ignore><a href="#chp_1__para_1">引用</a></span></div>
        <div class="concordance" data-pagefind-ignore><span class="concordance-label">落实</span><ul><li><a href="/zh/sh/plan/#a">上海 第一条</a> <q>加快推进一体化。</q></li></ul></div>
        <p id="chp_1__para_2">建设虹桥国际开放枢纽。</p>
        </article>
        </main>
        <footer>更新于 2026</footer>
        </body>
        </html>
        """;

    private static byte[]? Digest(string html) => PagefindProjection.Digest(Encoding.UTF8.GetBytes(html));

    private static void ShouldChange(string from, string to)
    {
        Page.ShouldContain(from);
        var digest = Digest(Page);
        digest.ShouldNotBeNull();
        var changed = Digest(Page.Replace(from, to, StringComparison.Ordinal));
        changed.ShouldNotBeNull();
        changed.ShouldNotBe(digest);
    }

    private static void ShouldNotChange(string from, string to)
    {
        Page.ShouldContain(from);
        var digest = Digest(Page);
        digest.ShouldNotBeNull();
        Digest(Page.Replace(from, to, StringComparison.Ordinal)).ShouldBe(digest);
    }

    [Theory]
    [InlineData("建设虹桥国际开放枢纽", "建设虹桥国际开放枢纽和飞艇港")]                  // the body's text
    [InlineData("id=\"chp_1__para_2\"", "id=\"chp_1__para_3\"")]                         // an anchor in the body
    [InlineData("<p id=\"chp_1__para_2\">建设虹桥国际开放枢纽。</p>", "<h2 id=\"chp_1__para_2\">建设虹桥国际开放枢纽。</h2>")] // an element's kind (weights)
    [InlineData("lang=\"zh-Hans\">", "lang=\"zh-Hant\">")]                               // the page's language
    [InlineData("data-title-en=\"Outline\"", "data-title-en=\"The Outline\"")]           // a meta attribute's value
    [InlineData("data-filter-value=\"national\"", "data-filter-value=\"shanghai\"")]     // a meta inside an ignored element
    [InlineData("region[data-filter-value]", "region[data-filter-value], type:纲要")]    // what the meta attribute says
    [InlineData("<title>纲要 · 长三角</title>", "<title>规划纲要</title>")]               // the fallback title
    [InlineData("<dt>地区</dt>", "<dt>地区</dt><dd><img src=\"/a.png\" alt=\"\"></dd>")] // a default image after the title
    [InlineData("<footer>", "<footer data-pagefind-filter=\"year\">")]                  // a filter outside the body
    [InlineData("<header class=\"site-header\">", "<header class=\"site-header\" id=\"top\">")] // an id before the body (anchors are numbered)
    [InlineData("<div class=\"concordance\" data-pagefind-ignore>", "<div class=\"concordance\" data-pagefind-ignore=\"all\">")] // the ignore mark itself
    [InlineData("</article>\n</main>", "</article>后记\n</main>")]                      // text Pagefind appends to the body's
    [InlineData("</article>\n</main>", "</article><br>\n</main>")]                      // a space Pagefind appends to the body's
    public void A_change_to_what_Pagefind_reads_changes_the_digest(string from, string to) => ShouldChange(from, to);

    [Theory]
    [InlineData("<q>加快推进一体化。</q>", "<q>加快推进长三角一体化。</q>")]              // a concordance note's excerpt
    [InlineData("<a href=\"/zh/sh/plan/#a\">上海 第一条</a>", "<a href=\"/zh/sh/plan/#b\">上海 第二条</a>")]
    [InlineData("<a href=\"#chp_1__para_1\">引用</a>", "<a href=\"#chp_1__para_1\">引用本条</a>")] // clause tools
    [InlineData("<dt>地区</dt>", "<dt>所属地区</dt>")]                                   // ignored text beside a meta
    [InlineData("<a href=\"/zh/sh/\">上海</a>", "<a href=\"/zh/js/\">江苏</a>")]        // the header's navigation
    [InlineData("<footer>更新于 2026</footer>", "<footer>更新于 2027</footer>")]          // the footer
    [InlineData("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"><meta name=\"description\" content=\"纲要\">")] // the head
    public void A_change_to_what_Pagefind_ignores_leaves_the_digest(string from, string to) => ShouldNotChange(from, to);

    [Theory]
    [InlineData("<p id=\"chp_1__para_2\">建设虹桥国际开放枢纽。</p>", "<p id=\"chp_1__para_2\">建设虹桥国际开放枢纽。")] // an element left open
    [InlineData("<p id=\"chp_1__para_2\">建设", "<p id=\"chp_1__para_2\"><div>建设</div>")]                           // a block a parser takes out of the p
    [InlineData("</ul></div>", "</ul>")]                                                                                   // an ignored element not closed
    [InlineData("<li>", "<li><li>")]                                                                                        // an item a parser ends
    [InlineData("<ul>", "<table><tr><td>")]                                                                                 // a table row a parser puts in a tbody
    [InlineData("<ul>", "<table>飞艇<tbody><tr><td>")]                                                                       // text a parser moves out of a table
    [InlineData("<ul>", "<table><tbody><tr><p>")]                                                                            // a paragraph a parser moves out of a table
    [InlineData("<span class=\"concordance-label\">落实</span>", "<span class=\"concordance-label\"/>")]                  // a self-closed element that is not void
    [InlineData("<!DOCTYPE html>", "<!DOCTYPE html><!-- open")]                                                            // a comment not closed
    [InlineData("<!DOCTYPE html>", "<!DOCTYPE html><!--><h1>题</h1><!-- -->")]                                             // "<!-->" is a whole comment
    [InlineData("<!DOCTYPE html>", "<!DOCTYPE html><!-- a --!><h1>题</h1><!-- -->")]                                       // "--!>" ends a comment
    [InlineData("<span class=\"concordance-label\">落实</span>", "<spän class=\"concordance-label\">落实</spän>")]      // a name outside ASCII
    [InlineData("<footer>", "<script><!--<script></script>--></script><footer>")]                                        // a script's escaped text
    [InlineData("<span class=\"concordance-label\">落实</span>", "<param>落实</param>")]                                   // text after a void element is its parent's
    [InlineData(" data-pagefind-body", "")]                                                                                // no body: all of the page is read
    public void Markup_not_certain_to_be_read_so_gives_no_digest(string from, string to)
    {
        Page.ShouldContain(from);
        Digest(Page.Replace(from, to, StringComparison.Ordinal)).ShouldBeNull();
    }

    [Fact]
    public void The_kind_of_element_holding_the_body_changes_the_digest()
    {
        // Pagefind puts a space and a full stop around the text of a block (div) when it ends, not around a main's.
        var inDiv = Page.Replace("<main>\n<article", "<div>\n<article", StringComparison.Ordinal).Replace("</article>\n</main>", "</article>\n</div>", StringComparison.Ordinal);
        Digest(inDiv).ShouldNotBeNull();
        Digest(inDiv).ShouldNotBe(Digest(Page));
    }

    [Fact]
    public void Ignored_text_inside_an_anchors_inline_element_changes_the_digest()
    {
        // Pagefind gives an anchor (an element with an id) the text of its inline elements, ignored ones included:
        // the anchor's text in the index is "推动长三角一体化发展。引用".
        var inside = Page.Replace("推动长三角一体化发展。</p><span class=\"clause-tools\" data-pagefind-ignore><a href=\"#chp_1__para_1\">引用</a></span>",
            "推动长三角一体化发展。<span class=\"clause-tools\" data-pagefind-ignore><a href=\"#chp_1__para_1\">引用</a></span></p>", StringComparison.Ordinal);
        Digest(inside).ShouldNotBeNull();
        Digest(inside.Replace(">引用<", ">引用本条<", StringComparison.Ordinal)).ShouldNotBe(Digest(inside));
        // Beside the anchor (the theme's shape), the same change is ignored.
        Digest(Page.Replace(">引用<", ">引用本条<", StringComparison.Ordinal)).ShouldBe(Digest(Page));
    }

    [Theory]
    [InlineData("<p class=\"note\" data-pagefind-ignore data-pagefind-meta=\"author\">", "</p>")]   // its text is the meta's value
    [InlineData("<h1 data-pagefind-ignore>", "</h1>")]                                                // its text is the default title
    public void An_ignored_element_in_the_body_that_Pagefind_still_reads_changes_the_digest(string start, string end)
    {
        string With(string text) => Page.Replace("<p id=\"chp_1__para_2\">", $"{start}{text}{end}<p id=\"chp_1__para_2\">", StringComparison.Ordinal);
        Digest(With("张三")).ShouldNotBeNull();
        Digest(With("李四")).ShouldNotBe(Digest(With("张三")));
    }

    [Fact]
    public void A_page_with_no_certain_projection_is_keyed_on_all_its_bytes()
    {
        var unbalanced = Encoding.UTF8.GetBytes(Page.Replace("</ul></div>", "</ul>", StringComparison.Ordinal));
        var changedNote = Encoding.UTF8.GetBytes(Page.Replace("</ul></div>", "</ul>", StringComparison.Ordinal).Replace("加快推进", "加快", StringComparison.Ordinal));

        PagefindPageDigests.Of(unbalanced).ShouldNotBe(PagefindPageDigests.Of(changedNote));
        PagefindPageDigests.Of(unbalanced)[0].ShouldBe((byte)'b');
        PagefindPageDigests.Of(Encoding.UTF8.GetBytes(Page))[0].ShouldBe((byte)'p');
    }

    [Fact]
    public void A_page_rendered_in_pieces_has_the_digest_of_its_bytes_whole()
    {
        // A page of several 64 KB pieces (as the render stage holds it): the clause repeated past two pieces.
        var clause = "<p id=\"chp_1__para_2\">";
        var html = Page.Replace(clause, string.Concat(Enumerable.Repeat("<p>长江三角洲区域一体化发展</p>", 4000)) + clause, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(html);
        using var pieces = new LongTriangle.Publishing.Rendering.PageBytes(new LongTriangle.Publishing.Rendering.PageChunkPool());
        pieces.Append(bytes);
        pieces.AsSequence().IsSingleSegment.ShouldBeFalse();

        PagefindPageDigests.Of(pieces.AsSequence()).ShouldBe(PagefindPageDigests.Of(bytes));
        PagefindPageDigests.Of(bytes)[0].ShouldBe((byte)'p');
    }

    [Fact]
    public void Comments_scripts_and_attributes_holding_markup_are_read_as_a_parser_reads_them()
    {
        // "<p>" inside a script, a comment or an attribute value is not a tag; a script's "</p>" does not close the p.
        var page = Page.Replace("<footer>", "<script>if (a < b) document.write('</p><p>');</script><!-- <div> --><footer title=\"<b>\">", StringComparison.Ordinal);
        Digest(page).ShouldNotBeNull();
        Digest(page.Replace("document.write", "console.log", StringComparison.Ordinal)).ShouldBe(Digest(page));
    }

    [Fact]
    public void A_table_in_its_written_shape_is_followed()
    {
        var table = Page.Replace("<p id=\"chp_1__para_2\">建设虹桥国际开放枢纽。</p>",
            "<table class=\"clause-table\">\n<caption>表1</caption>\n<tbody>\n<tr><td id=\"t1\">虹桥</td><td>枢纽</td></tr>\n</tbody>\n</table>", StringComparison.Ordinal);
        var digest = Digest(table);
        digest.ShouldNotBeNull();
        Digest(table.Replace("<td>枢纽</td>", "<td>飞艇港</td>", StringComparison.Ordinal)).ShouldNotBe(digest);
        Digest(table.Replace("<q>加快推进一体化。</q>", "<q>加快。</q>", StringComparison.Ordinal)).ShouldBe(digest);
    }
}
