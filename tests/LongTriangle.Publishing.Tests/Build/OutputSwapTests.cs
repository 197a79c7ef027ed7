using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Build;

/// <summary>
/// The site a build replaced is left beside the output and removed by a later build, by several threads at once: all of
/// it, at any depth, and nothing a link inside it points to.
/// </summary>
public sealed class OutputSwapTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_previous_site_is_removed_at_every_depth_and_what_its_links_point_to_is_kept()
    {
        var output = _folder.Combine("site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, OutputSwap.MarkerFile), "built\n");
        var previous = _folder.Combine($".site.previous-{Environment.ProcessId}-{Guid.NewGuid():N}");
        // A site's shape: files at the top, languages, regions, a page's folder and its subpages, and a search bundle.
        Directory.CreateDirectory(previous);
        File.WriteAllText(Path.Combine(previous, OutputSwap.MarkerFile), "built\n");
        File.WriteAllText(Path.Combine(previous, "index.html"), "<p>首页</p>");
        foreach (var language in new[] { "zh", "en", "zh-hant" })
        foreach (var region in new[] { "national", "jiangsu" })
        foreach (var document in new[] { "outline", "plan" })
        {
            var page = Directory.CreateDirectory(Path.Combine(previous, language, region, document, "provenance")).FullName;
            File.WriteAllText(Path.Combine(page, "index.html"), "<p>来源</p>");
            File.WriteAllText(Path.Combine(previous, language, region, document, "index.html"), "<p>条款</p>");
        }
        Directory.CreateDirectory(Path.Combine(previous, "pagefind", "fragment"));
        File.WriteAllText(Path.Combine(previous, "pagefind", "fragment", "zh-hans_1.pf_fragment"), "x");
        Directory.CreateDirectory(Path.Combine(previous, "empty", "folder"));
        // Links at every depth to a folder and a file outside: only the links go.
        var outside = _folder.Combine("outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "kept.txt"), "kept");
        Directory.CreateSymbolicLink(Path.Combine(previous, "linked-folder"), outside);
        Directory.CreateSymbolicLink(Path.Combine(previous, "zh", "linked-folder"), outside);
        Directory.CreateSymbolicLink(Path.Combine(previous, "zh", "national", "linked-folder"), outside);
        Directory.CreateSymbolicLink(Path.Combine(previous, "en", "jiangsu", "plan", "linked-folder"), outside);
        File.CreateSymbolicLink(Path.Combine(previous, "zh", "linked-file"), Path.Combine(outside, "kept.txt"));

        var found = OutputSwap.PreviousSites(output);
        found.ShouldBe([previous]);
        OutputSwap.RemovePrevious(found);

        Directory.Exists(previous).ShouldBeFalse();
        File.ReadAllText(Path.Combine(outside, "kept.txt")).ShouldBe("kept");
        File.Exists(Path.Combine(output, OutputSwap.MarkerFile)).ShouldBeTrue();
        Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["outside", "site"]);
    }
}
