using LongTriangle.Publishing.Checking;

namespace LongTriangle.Publishing.Tests.Checking;

public sealed class LinkNamesTests
{
    [Fact]
    public void A_name_keeps_its_number_and_the_number_gives_the_name_back()
    {
        var names = new LinkNames();
        var outline = names.Number("chp_8__sec_1");
        var other = names.Number("zh/index.html");

        other.ShouldNotBe(outline);
        names.Number(new string("chp_8__sec_1".AsSpan())).ShouldBe(outline);
        names.Name(outline).ShouldBe("chp_8__sec_1");
        names.Name(other).ShouldBe("zh/index.html");
    }

    [Fact]
    public void A_name_never_numbered_has_no_number()
    {
        var names = new LinkNames();
        names.Number("chp_1");

        names.TryNumber("chp_2", out _).ShouldBeFalse();
        names.TryNumber("chp_1", out var number).ShouldBeTrue();
        names.Name(number).ShouldBe("chp_1");
    }

    [Fact]
    public void Names_numbered_on_several_cores_at_once_get_one_number_each()
    {
        var names = new LinkNames();
        var words = Enumerable.Range(0, 2_000).Select(i => $"id_{i % 500}").ToArray();

        var numbers = new int[words.Length];
        Parallel.For(0, words.Length, i => numbers[i] = names.Number(words[i]));

        numbers.Distinct().Count().ShouldBe(500);
        for (var i = 0; i < words.Length; i++) names.Name(numbers[i]).ShouldBe(words[i]);
    }
}
