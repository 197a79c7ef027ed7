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
}
