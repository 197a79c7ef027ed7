using LongTriangle.Publishing.Checking;

namespace LongTriangle.Publishing.Tests.Checking;

public sealed class PageIdsTests
{
    [Fact]
    public void Holds_the_ids_given_in_any_order_each_with_its_line()
    {
        var ids = new PageIds(new Dictionary<int, int> { [42] = 7, [3] = 12, [17] = 1 });

        ids.Count.ShouldBe(3);
        ids.Contains(3).ShouldBeTrue();
        ids.Contains(17).ShouldBeTrue();
        ids.Contains(42).ShouldBeTrue();
        ids.Contains(4).ShouldBeFalse();
        ids.Contains(0).ShouldBeFalse();
        ids.Contains(100).ShouldBeFalse();
        ids.WithLines().ShouldBe([(3, 12), (17, 1), (42, 7)]);
    }

    [Fact]
    public void A_page_without_ids_contains_none()
    {
        var ids = new PageIds(new Dictionary<int, int>());

        ids.Count.ShouldBe(0);
        ids.Contains(0).ShouldBeFalse();
        ids.WithLines().ShouldBeEmpty();
    }

    [Fact]
    public void A_number_given_twice_is_refused()
    {
        Should.Throw<ArgumentException>(() => new PageIds([new(5, 1), new(5, 2)]));
    }
}
