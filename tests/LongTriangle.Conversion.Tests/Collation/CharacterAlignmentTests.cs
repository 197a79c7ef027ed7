using LongTriangle.Conversion.Collation;

namespace LongTriangle.Conversion.Tests.Collation;

public sealed class CharacterAlignmentTests
{
    [Fact]
    public void Shared_and_different_stretches_alternate_and_cover_both_texts()
    {
        var spans = CharacterAlignment.Align("反恐防、反洗钱", "反恐怖、反洗钱");
        spans.Select(s => (s.Equal, s.FirstStart, s.FirstLength, s.OtherStart, s.OtherLength))
            .ShouldBe([(true, 0, 2, 0, 2), (false, 2, 1, 2, 1), (true, 3, 4, 3, 4)]);
    }

    [Fact]
    public void An_insertion_is_a_difference_empty_on_one_side() =>
        CharacterAlignment.Align("上交所所在", "上交所在").Count(s => !s.Equal).ShouldBe(1);

    [Fact]
    public void Identical_texts_are_one_shared_stretch() =>
        CharacterAlignment.Align("经济社会安全", "经济社会安全").ShouldHaveSingleItem().Equal.ShouldBeTrue();

    [Fact]
    public void Empty_texts_align_to_nothing() => CharacterAlignment.Align("", "").ShouldBeEmpty();

    [Fact]
    public void Texts_too_long_to_align_differ_as_one_stretch_between_what_they_share_at_the_ends()
    {
        var first = "长三角" + new string('甲', 3000) + "一体化";
        var other = "长三角" + new string('乙', 3000) + "一体化";
        CharacterAlignment.Align(first, other).Select(s => (s.Equal, s.FirstLength, s.OtherLength))
            .ShouldBe([(true, 3, 3), (false, 3000, 3000), (true, 3, 3)]);
    }
}
