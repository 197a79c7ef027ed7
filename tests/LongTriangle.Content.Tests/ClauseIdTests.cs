namespace LongTriangle.Content.Tests;

public sealed class ClauseIdTests
{
    [Fact]
    public void Built_ids_read_back_as_their_segments()
    {
        var id = ClauseId.Root("part_3-2").Child("sec_1").Child("para_4");

        id.Value.ShouldBe("part_3-2__sec_1__para_4");
        id.Segments.ShouldBe([new ClauseIdSegment("part", 3, 2), new ClauseIdSegment("sec", 1), new ClauseIdSegment("para", 4)]);
        ClauseId.TryParse(id.Value).ShouldBe(id);
        ClauseId.TryParse(id.Value)!.GetHashCode().ShouldBe(id.GetHashCode());
    }

    [Fact]
    public void An_ids_parent_is_the_id_it_is_inside()
    {
        ClauseId.TryParse("part_3-2__sec_1__para_4")!.Parent.ShouldBe(ClauseId.TryParse("part_3-2__sec_1"));
        ClauseId.Root("chp_8").Parent.ShouldBeNull();
    }

    [Fact]
    public void An_id_can_be_placed_inside_an_annex() =>
        ClauseId.Root("part_1").Within("annex_2").Value.ShouldBe("annex_2__part_1");

    [Theory]
    [InlineData("preface")]
    [InlineData("chp_8__sec_1__para_3")]
    [InlineData("annex_1__part_1__item_2")]
    public void The_content_formats_ids_are_valid(string value) => ClauseId.IsValid(value).ShouldBeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("Chp_8")]
    [InlineData("chp_")]
    [InlineData("chp_8__")]
    [InlineData("chp_8___sec_1")]
    [InlineData("chp-8")]
    [InlineData("chp_8 ")]
    [InlineData("8")]
    public void Other_shapes_are_refused_when_read_and_when_built(string value)
    {
        ClauseId.TryParse(value).ShouldBeNull();
        if (!value.Contains(ClauseId.Separator, StringComparison.Ordinal))
            Should.Throw<ArgumentException>(() => ClauseId.Root(value));
    }
}
