using LongTriangle.Publishing.Reading;

namespace LongTriangle.Publishing.Tests.Reading;

/// <summary>Every string comes back from the packed form exactly as it was, in whichever encoding it was stored.</summary>
public sealed class PackedTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("part_1__sec_2__para_3")]
    [InlineData("Focusing on “Integration” and Working Together")]
    [InlineData("长江三角洲区域一体化发展规划纲要")]
    [InlineData("𠀀 outside the BMP, 两个 code units")]
    [InlineData("a lone surrogate \ud800 in English")]
    [InlineData("一个孤立的代理项\udc00")]
    public void A_string_comes_back_as_it_was(string text)
    {
        using var writer = new PackedWriter();
        writer.String(text);
        writer.String(null);
        writer.Int(42);

        var reader = new PackedReader(writer.ToArray());

        reader.String().ShouldBe(text);
        reader.NullableString().ShouldBeNull();
        reader.Int().ShouldBe(42);
        reader.AtEnd.ShouldBeTrue();
    }

    [Fact]
    public void English_is_stored_as_UTF8_and_Chinese_as_UTF16_whichever_is_shorter()
    {
        static int Size(string text)
        {
            using var writer = new PackedWriter();
            writer.String(text);
            return writer.ToArray().Length - sizeof(int);
        }

        Size("Raising the Overall Level").ShouldBe("Raising the Overall Level".Length);
        Size("长江三角洲").ShouldBe("长江三角洲".Length * sizeof(char));
    }
}
