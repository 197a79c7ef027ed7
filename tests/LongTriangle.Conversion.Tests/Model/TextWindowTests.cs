using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Model;

public sealed class TextWindowTests
{
    [Fact]
    public void Takes_the_characters_around_a_place()
    {
        TextWindow.Around("推进长三角□体化发展", 5, 2).ShouldBe("三角□体化");
        TextWindow.Around("□体化", 0, 3).ShouldBe("□体化");
    }

    [Theory]
    // 𬀱 (U+2C031) and 𫟄 (U+2B7C4) are written as surrogate pairs; a window edge inside one widens to keep it whole.
    [InlineData("𬀱字□𫟄", 3, 1, "字□𫟄")]
    [InlineData("𬀱字□𫟄", 3, 2, "𬀱字□𫟄")]
    [InlineData("𬀱□", 2, 1, "𬀱□")]
    public void Never_cuts_a_character_written_as_a_surrogate_pair(string text, int index, int radius, string expected)
    {
        var window = TextWindow.Around(text, index, radius);

        window.ShouldBe(expected);
        char.IsLowSurrogate(window[0]).ShouldBeFalse();
        char.IsHighSurrogate(window[^1]).ShouldBeFalse();
    }
}
