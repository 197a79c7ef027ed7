using System.Buffers;
using System.Text;
using LongTriangle.Publishing.Checking;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Tests.Checking;

/// <summary>The facts of one small page written for the test, as names (numbers hold for one table only).</summary>
public sealed class PageLinkFactsTests
{
    private const string Page = "zh/a/index.html";

    private const string Html =
        "<!DOCTYPE html>\n" +
        "<h1 id=\"top\">A</h1>\n" +
        "<p id=\"chp_1\"><a href=\"/zh/b/#chp_2\">b</a> <a href='../b/#chp_2'>b again</a> <a href=\"/zh/b/#chp_3\">b3</a></p>\n" +
        "<p id=\"chp_1\"><a href=\"#chp_9\">here</a> <a href=\"#top\">top</a></p>\n" +
        "<img src=\"/assets/x.png\" alt=\"\"><a href=\"javascript:void(0)\">js</a> <a href=\"https://example.org/\">out</a>\n" +
        "<p id=\"chp_1\">third</p>\n";

    private static (PageLinkFacts Facts, LinkNames Names) Facts(string html)
    {
        var names = new LinkNames();
        return (PageLinkFacts.Of(html, Page, SiteBase.Root, names), names);
    }

    [Fact]
    public void Finds_ids_files_fragment_links_once_each_and_the_problems_of_the_page_alone()
    {
        var (facts, names) = Facts(Html);

        facts.LinkCount.ShouldBe(8);
        facts.Ids.WithLines().Select(p => (names.Name(p.Number), p.Line)).OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ShouldBe([("chp_1", 3), ("top", 2)]);
        facts.Files.Select(names.Name).ShouldBe(["zh/b/index.html", "assets/x.png"]);
        facts.Fragments.Select(l => (names.Name(l.File), names.Name(l.Fragment))).OrderBy(l => l.Item2, StringComparer.Ordinal)
            .ShouldBe([("zh/b/index.html", "chp_2"), ("zh/b/index.html", "chp_3")]);
        facts.Problems.ShouldBe(
        [
            (4, "the id 'chp_1' appears 3 times (first on line 3)"),
            (4, "'#chp_9': zh/a/index.html has no element with id 'chp_9'"),
            (5, "'javascript:void(0)' is a javascript: link"),
        ]);
    }

    [Fact]
    public void The_bytes_of_a_page_give_the_facts_of_its_text_with_or_without_a_byte_order_mark()
    {
        var (fromText, textNames) = Facts(Html);
        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(Html), [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Html)] })
        {
            var names = new LinkNames();
            var fromBytes = PageLinkFacts.Of(bytes, Page, SiteBase.Root, names);
            Named(fromBytes, names).ShouldBe(Named(fromText, textNames));
        }
    }

    [Fact]
    public void Bytes_in_pieces_give_the_facts_of_their_text_when_a_character_is_cut_between_two_pieces()
    {
        var html = "<p id=\"长\">" + Html;
        var (fromText, textNames) = Facts(html);
        var bytes = Encoding.UTF8.GetBytes(html);
        foreach (var cut in new[] { 10, 11, 12, 13 })   // in, and either side of, the three bytes of 长
        {
            var names = new LinkNames();
            var first = new Piece(bytes.AsMemory(0, cut), 0);
            var second = first.Then(bytes.AsMemory(cut));
            var fromPieces = PageLinkFacts.Of(new ReadOnlySequence<byte>(first, 0, second, second.Memory.Length), Page, SiteBase.Root, names);
            Named(fromPieces, names).ShouldBe(Named(fromText, textNames));
        }
    }

    private sealed class Piece : ReadOnlySequenceSegment<byte>
    {
        public Piece(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Piece Then(ReadOnlyMemory<byte> memory)
        {
            var next = new Piece(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }

    [Fact]
    public void Facts_kept_as_bytes_read_back_the_same_under_other_numbers()
    {
        var (facts, names) = Facts(Html);
        var other = new LinkNames();
        other.Number("a name numbered first, so that every number differs");

        var back = PageLinkFacts.FromBytes(facts.ToBytes(names), other);

        Named(back, other).ShouldBe(Named(facts, names));
    }

    /// <summary>The facts with every number replaced by its name, in an order that does not depend on numbers.</summary>
    private static string Named(PageLinkFacts facts, LinkNames names) => string.Join("\n",
        $"links {facts.LinkCount}",
        "ids " + string.Join(" ", facts.Ids.WithLines().Select(p => $"{names.Name(p.Number)}@{p.Line}").Order(StringComparer.Ordinal)),
        "files " + string.Join(" ", facts.Files.Select(names.Name)),
        "fragments " + string.Join(" ", facts.Fragments.Select(l => $"{names.Name(l.File)}#{names.Name(l.Fragment)}").Order(StringComparer.Ordinal)),
        "problems " + string.Join(" | ", facts.Problems));
}
