using LongTriangle.Publishing.Build;

namespace LongTriangle.Publishing.Tests.Build;

public sealed class CoresTests
{
    [Fact]
    public void Results_keep_the_order_of_the_input()
    {
        var items = Enumerable.Range(0, 500).ToList();

        Cores.Map(items, i => i * 3).ShouldBe(items.Select(i => i * 3));
    }

    [Fact]
    public void When_several_items_fail_the_first_in_order_is_reported_as_itself()
    {
        var items = Enumerable.Range(0, 200).ToList();

        // Item 150 may fail before item 20 does; the error reported is still item 20's, and not wrapped.
        var error = Should.Throw<InvalidDataException>(() => Cores.Map(items, i => i is 20 or 150 ? throw new InvalidDataException($"item {i}") : i));
        error.Message.ShouldBe("item 20");
    }

    [Fact]
    public void A_failure_inside_parallel_work_is_rethrown_unwrapped()
    {
        Should.Throw<InvalidDataException>(() => Cores.Run(() =>
            Parallel.For(0, 10, Cores.Workers, i => { if (i == 5) throw new InvalidDataException("five"); })))
            .Message.ShouldBe("five");
    }
}
