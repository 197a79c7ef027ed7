using LongTriangle.Publishing.Assets;

namespace LongTriangle.Publishing.Tests.Assets;

public sealed class CssMinifierTests
{
    [Theory]
    [InlineData("a {\n  color: red;\n  margin: 0 auto;\n}\n", "a{color:red;margin:0 auto}")]
    [InlineData("/* heading */\nh1 , h2 > span ~ em {\n  font-weight: 700;\n}", "h1,h2>span~em{font-weight:700}")]
    [InlineData("nav a :hover { color: red }", "nav a :hover{color:red}")]
    [InlineData("@media screen and (max-width: 40rem) {\n  a { color: red }\n}", "@media screen and (max-width:40rem){a{color:red}}")]
    [InlineData("p { width: calc( 100%  -  2rem ); margin: calc(1px + 2px) }", "p{width:calc(100% - 2rem);margin:calc(1px + 2px)}")]
    [InlineData("a { b: 1 / 2 }", "a{b:1 / 2}")]
    [InlineData("a { color: red !important }", "a{color:red !important}")]
    public void Collapsible_whitespace_and_comments_go(string css, string expected) =>
        CssMinifier.Minify(css).ShouldBe(expected);

    [Fact]
    public void A_comment_opener_inside_a_string_is_text() =>
        CssMinifier.Minify("a::before { content: \"/* not a comment */  x\" ; }")
            .ShouldBe("a::before{content:\"/* not a comment */  x\"}");

    [Fact]
    public void An_unquoted_url_is_copied_as_written() =>
        CssMinifier.Minify("i { background: url(data:image/svg+xml;utf8,<svg /*x*/ a='1'>) no-repeat; }")
            .ShouldBe("i{background:url(data:image/svg+xml;utf8,<svg /*x*/ a='1'>) no-repeat}");

    [Fact]
    public void A_custom_property_keeps_its_value_as_written() =>
        CssMinifier.Minify(":root {\n  --gap :  1rem  2rem ;\n  --empty: ;\n  color: var(--gap);\n}")
            .ShouldBe(":root{--gap :  1rem  2rem ;--empty: ;color:var(--gap)}");

    [Fact]
    public void An_escaped_space_stays_part_of_the_name() =>
        CssMinifier.Minify(".a\\ b , .c\\> d { x: 1 }").ShouldBe(".a\\ b,.c\\> d{x:1}");

    [Fact]
    public void A_comment_between_two_names_still_separates_them() =>
        CssMinifier.Minify("a/**/b { x:/* y */1 }").ShouldBe("a/**/b{x:1}");

    [Fact]
    public void The_same_text_gives_the_same_result_and_a_minified_text_stays_as_it_is()
    {
        const string css = "a , b { color : red ; }\n/* c */\n@media (width > 600px) { a { --x: { y } ; } }\n";
        var once = CssMinifier.Minify(css);
        CssMinifier.Minify(css).ShouldBe(once);
        CssMinifier.Minify(once).ShouldBe(once);
        once.ShouldBe("a,b{color :red}@media (width>600px){a{--x: { y } }}");
    }
}
