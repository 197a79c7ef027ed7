namespace LongTriangle.Content.Tests;

public sealed class NumberingKindTests
{
    [Fact]
    public void Every_kind_reads_back_from_its_name_and_no_two_share_one()
    {
        var kinds = Enum.GetValues<NumberingKind>();
        foreach (var kind in kinds)
            NumberingKinds.Read(kind.Name()).ShouldBe(kind);
        kinds.Select(k => k.Name()).Distinct(StringComparer.Ordinal).Count().ShouldBe(kinds.Length);
    }

    [Theory]
    [InlineData("chp")]
    [InlineData("Chapter")]
    [InlineData("sec")]
    [InlineData("")]
    public void A_name_the_format_does_not_define_reads_as_none(string name) => NumberingKinds.Read(name).ShouldBeNull();

    [Fact]
    public void Two_kinds_that_share_an_eId_segment_are_told_apart_by_name()
    {
        NumberingKind.Section.Segment().ShouldBe(NumberingKind.Subsection.Segment());
        NumberingKind.Section.Name().ShouldNotBe(NumberingKind.Subsection.Name());
    }

    [Fact]
    public void An_annex_is_outside_all_of_the_bodys_numbering() =>
        Enum.GetValues<NumberingKind>().Where(k => k != NumberingKind.Annex).ShouldAllBe(k => NumberingKind.Annex < k);
}
