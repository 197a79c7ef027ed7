using LongTriangle.Publishing.Assets;

namespace LongTriangle.Publishing.Tests.Assets;

public sealed class JavaScriptMinifierTests
{
    [Fact]
    public void Comments_indentation_and_blank_lines_go_and_every_line_break_stays() =>
        JavaScriptMinifier.Minify("/** Doc. */\nfunction f(a) {\n    // why\n\n    const b = a   + 1; // more\n    return b\n}\n")
            .ShouldBe("function f(a) {\nconst b = a + 1;\nreturn b\n}");

    [Fact]
    public void A_comment_holding_a_line_break_becomes_one_since_it_ends_a_statement() =>
        JavaScriptMinifier.Minify("let a = b/*\n*/c()").ShouldBe("let a = b\nc()");

    [Fact]
    public void A_comment_opener_inside_a_string_is_text() =>
        JavaScriptMinifier.Minify("const url = \"https://example.org/*x*/\";   // y\nconst s = 'it\\'s // no';")
            .ShouldBe("const url = \"https://example.org/*x*/\";\nconst s = 'it\\'s // no';");

    [Fact]
    public void A_regex_literal_with_slashes_is_copied_as_written() =>
        JavaScriptMinifier.Minify("if (ok) /\\/\\/|[/*]\"/g.test(s); // x\nreturn /https?:\\/\\//.test(u) && !/[//]/u.test(v);")
            .ShouldBe("if (ok) /\\/\\/|[/*]\"/g.test(s);\nreturn /https?:\\/\\//.test(u) && !/[//]/u.test(v);");

    [Fact]
    public void A_division_is_not_read_as_a_regex() =>
        JavaScriptMinifier.Minify("const half = (a + b) / 2 / c; // \"\nconst x = arr[0] / 2, y = i++ / 2, z = 1.5e-3 / n, w = o.in / 2; // '")
            .ShouldBe("const half = (a + b) / 2 / c;\nconst x = arr[0] / 2, y = i++ / 2, z = 1.5e-3 / n, w = o.in / 2;");

    [Fact]
    public void A_template_literal_keeps_its_lines_and_its_substitutions_are_code() =>
        JavaScriptMinifier.Minify("const t = `a  // b\n    /* c */ ${ x /* d */ + `${y}` } }`;   // e\n  next();")
            .ShouldBe("const t = `a  // b\n    /* c */ ${ x + `${y}` } }`;\nnext();");

    [Fact]
    public void A_string_continued_over_a_line_keeps_its_indentation() =>
        JavaScriptMinifier.Minify("const s = \"a\\\n    b\";\n").ShouldBe("const s = \"a\\\n    b\";");

    [Theory]
    [InlineData("{ f() }\n/a/.test(s)")] // after a closing brace: the end of a block, or of an object literal
    [InlineData("const a = \"unclosed\n\";")]
    [InlineData("const t = `unclosed")]
    [InlineData("/* unclosed")]
    [InlineData("f(a")]
    [InlineData("const r = /unclosed\n/;")]
    public void A_script_it_cannot_read_with_certainty_is_left_as_it_is(string script) =>
        JavaScriptMinifier.Minify(script).ShouldBeNull();
}
