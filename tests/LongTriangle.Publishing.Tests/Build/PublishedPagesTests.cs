using LongTriangle.Publishing.Build;

namespace LongTriangle.Publishing.Tests.Build;

/// <summary>
/// A page of the published site is carried over into the next build's staging folder (linked, not copied) only when
/// the site is one this tool built, the record it kept names the page with the same cache key, and the file is still
/// the one it wrote (a regular file of the recorded length and time); the published site is never changed.
/// </summary>
public sealed class PublishedPagesTests : IDisposable
{
    private const string Page = "zh/outline/index.html";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "longtriangle-published-" + Guid.NewGuid().ToString("N"));
    private readonly BuildCache _cache;

    public PublishedPagesTests()
    {
        Directory.CreateDirectory(Path.Combine(Site, "zh", "outline"));
        File.WriteAllText(Path.Combine(Site, OutputSwap.MarkerFile), "built\n");
        File.WriteAllText(Published, "<p>第一章</p>");
        Directory.CreateDirectory(Path.Combine(Staging, "zh", "outline"));
        _cache = BuildCache.Open(Path.Combine(_root, "cache"), new ToolFingerprint([1]));
        var publishing = PublishedPages.Load(_cache, Site);
        publishing.Record(Page, "key-1");
        publishing.Save();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Site => Path.Combine(_root, "site");

    private string Staging => Path.Combine(_root, "staging");

    private string Published => Path.Combine(Site, "zh", "outline", "index.html");

    private string Target => Path.Combine(Staging, "zh", "outline", "index.html");

    [Fact]
    public void An_unchanged_page_with_the_same_key_is_linked_into_the_staging_folder()
    {
        PublishedPages.Load(_cache, Site).TryCarryOver(Page, "key-1", Target).ShouldBeTrue();

        File.ReadAllText(Target).ShouldBe("<p>第一章</p>");
        File.ReadAllText(Published).ShouldBe("<p>第一章</p>");
        // One file under two names: what is written through one is read through the other.
        using (var stream = new FileStream(Published, FileMode.Open, FileAccess.Write)) stream.Write("<P>"u8);
        File.ReadAllText(Target).ShouldBe("<P>第一章</p>");
    }

    [Fact]
    public void A_damaged_line_of_the_record_costs_only_its_page_the_carry_over()
    {
        var length = new FileInfo(Published).Length;
        var ticks = File.GetLastWriteTimeUtc(Published).Ticks;
        _cache.Write(_cache.Key(CacheArea.PublishedPages).Add(Path.GetFullPath(Site)), System.Text.Encoding.UTF8.GetBytes(
            "longtriangle published pages 1\n" +
            "en/outline/index.html\tkey-1\tnot a length\t" + ticks + "\n" +
            Page + "\tkey-1\t" + length + "\t" + ticks + "\n"));

        var pages = PublishedPages.Load(_cache, Site);

        pages.TryCarryOver("en/outline/index.html", "key-1", Target + ".en").ShouldBeFalse();
        pages.TryCarryOver(Page, "key-1", Target).ShouldBeTrue();
    }

    [Fact]
    public void A_page_of_another_key_or_not_recorded_is_not_carried_over()
    {
        var pages = PublishedPages.Load(_cache, Site);

        pages.TryCarryOver(Page, "key-2", Target).ShouldBeFalse();
        pages.TryCarryOver("en/outline/index.html", "key-1", Target).ShouldBeFalse();
        File.Exists(Target).ShouldBeFalse();
    }

    [Fact]
    public void A_page_edited_since_it_was_published_is_not_carried_over()
    {
        File.AppendAllText(Published, "<p>added by hand</p>");

        PublishedPages.Load(_cache, Site).TryCarryOver(Page, "key-1", Target).ShouldBeFalse();
        File.Exists(Target).ShouldBeFalse();
    }

    [Fact]
    public void A_page_rewritten_to_the_same_length_is_known_by_its_time()
    {
        var published = File.GetLastWriteTimeUtc(Published);
        using (var stream = new FileStream(Published, FileMode.Open, FileAccess.Write)) stream.Write("<P>"u8);
        // The edit's own time, unless the clock has not ticked since the page was written (then made later, as it is in use).
        if (File.GetLastWriteTimeUtc(Published) == published) File.SetLastWriteTimeUtc(Published, published.AddSeconds(1));

        PublishedPages.Load(_cache, Site).TryCarryOver(Page, "key-1", Target).ShouldBeFalse();
    }

    [Fact]
    public void A_page_replaced_by_a_link_is_not_carried_over()
    {
        var elsewhere = Path.Combine(_root, "elsewhere.html");
        File.Copy(Published, elsewhere);
        File.SetLastWriteTimeUtc(elsewhere, File.GetLastWriteTimeUtc(Published));
        File.Delete(Published);
        File.CreateSymbolicLink(Published, elsewhere);

        PublishedPages.Load(_cache, Site).TryCarryOver(Page, "key-1", Target).ShouldBeFalse();
    }

    [Fact]
    public void A_folder_that_is_not_a_site_this_tool_built_carries_nothing_over()
    {
        File.Delete(Path.Combine(Site, OutputSwap.MarkerFile));

        PublishedPages.Load(_cache, Site).TryCarryOver(Page, "key-1", Target).ShouldBeFalse();
    }

    [Fact]
    public void The_record_of_another_output_is_not_used()
    {
        var other = Path.Combine(_root, "other");
        Directory.CreateDirectory(Path.Combine(other, "zh", "outline"));
        File.WriteAllText(Path.Combine(other, OutputSwap.MarkerFile), "built\n");
        File.Copy(Published, Path.Combine(other, "zh", "outline", "index.html"));

        PublishedPages.Load(_cache, other).TryCarryOver(Page, "key-1", Target).ShouldBeFalse();
    }
}
