using System.Globalization;
using LongTriangle.Publishing.Search;

namespace LongTriangle.Publishing.Tests.Search;

/// <summary>
/// How a language's documents are spread over the parts of its index: one part for a small library, a power of two
/// of buckets for a large one, each document's bucket fixed by its own address, so that a new document moves no other.
/// </summary>
public sealed class PagefindPagesTests
{
    private static readonly string[] Addresses = [.. Enumerable.Range(0, 1000)
        .Select(i => $"{(i % 5) switch { 0 => "national", 1 => "shanghai", 2 => "jiangsu", 3 => "zhejiang", _ => "anhui" }}/plan-{i.ToString("0000", CultureInfo.InvariantCulture)}")];

    [Theory]
    [InlineData(0, 128, 1)]
    [InlineData(5, 128, 1)]
    [InlineData(128, 128, 1)]
    [InlineData(129, 128, 2)]
    [InlineData(1000, 128, 8)]
    [InlineData(1025, 128, 16)]
    [InlineData(5, 1, 8)]
    [InlineData(5, 2, 4)]
    public void The_part_count_is_the_smallest_power_of_two_holding_the_documents_at_the_part_size(int documents, int size, int parts) =>
        PagefindPages.PartCount(documents, size).ShouldBe(parts);

    [Fact]
    public void With_twice_the_parts_a_document_stays_in_its_bucket_or_moves_to_that_bucket_plus_the_old_count()
    {
        foreach (var address in Addresses)
            for (var parts = 1; parts <= 64; parts *= 2)
            {
                var now = PagefindPages.PartOf(address, parts);
                now.ShouldBeInRange(0, parts - 1);
                PagefindPages.PartOf(address, parts * 2).ShouldBeOneOf(now, now + parts);
            }
    }

    [Fact]
    public void A_thousand_documents_spread_over_eight_parts_of_about_the_same_size()
    {
        var sizes = Addresses.GroupBy(a => PagefindPages.PartOf(a, 8)).Select(g => g.Count()).ToList();

        sizes.Count.ShouldBe(8);
        sizes.ShouldAllBe(n => n >= 90 && n <= 160);
    }
}
