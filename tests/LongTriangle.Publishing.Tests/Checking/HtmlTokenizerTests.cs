using LongTriangle.Publishing.Checking;

namespace LongTriangle.Publishing.Tests.Checking;

public sealed class HtmlTokenizerTests
{
    [Fact]
    public void Reads_quoted_and_unquoted_attributes_with_references_decoded()
    {
        var tags = HtmlTokenizer.StartTags("<p id=\"a&amp;b\" class='x y' data-n=3 hidden>text</p>");

        var tag = tags.ShouldHaveSingleItem();
        tag.Name.ShouldBe("p");
        tag.Attribute("id").ShouldBe("a&b");
        tag.Attribute("class").ShouldBe("x y");
        tag.Attribute("data-n").ShouldBe("3");
        tag.Attribute("hidden").ShouldBe("");
    }

    [Fact]
    public void Skips_comments_and_script_text_and_counts_lines()
    {
        var html = "<!DOCTYPE html>\n<!-- <a href=\"x\"> -->\n<script>if (a <b) { '<a href=\"y\">' }</script>\n<a href=\"z\">z</a>";

        var tags = HtmlTokenizer.StartTags(html);

        tags.Select(t => t.Name).ShouldBe(["script", "a"]);
        tags[1].Attribute("href").ShouldBe("z");
        tags[1].Line.ShouldBe(4);
    }

    [Fact]
    public void Scanning_reads_the_tags_the_tag_objects_hold_without_keeping_them()
    {
        var html = "<A HREF=\"/x?a=1&amp;b=2\" title='a > b'>x</A>\n<p\nid=q data-x=\"1\"/>\n<STYLE>p{}</style><a href=\"y\" id=\"first\" ID=\"second\">\n<a href=\"unclosed";

        var tags = HtmlTokenizer.StartTags(html);
        var scanned = new List<(string Name, int Line, string? Href, string? Id, string? Title)>();
        foreach (var tag in HtmlTokenizer.Scan(html))
            scanned.Add((tag.Name.ToString(), tag.Line, tag.Attribute("href"), tag.Attribute("id"), tag.Attribute("TITLE")));

        scanned.ShouldBe(
        [
            ("A", 1, "/x?a=1&b=2", null, "a > b"),
            ("p", 2, null, "q", null),
            ("STYLE", 4, null, null, null),
            ("a", 4, "y", "first", null),
            ("a", 5, "unclosed", null, null),
        ]);
        tags.Select(t => (t.Name, t.Line, t.Attribute("href"), t.Attribute("id"), t.Attribute("title")))
            .ShouldBe(scanned.Select(s => (s.Name.ToLowerInvariant(), s.Line, s.Href, s.Id, s.Title)));
    }
}
