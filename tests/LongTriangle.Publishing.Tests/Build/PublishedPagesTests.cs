using LongTriangle.Publishing.Build;

namespace LongTriangle.Publishing.Tests.Build;

/// <summary>
/// A page of the published site is carried over into the next build's staging folder (linked, not copied) only when
/// the site is one this tool built, the record it kept names the page with the same cache key, and the file is still
/// the one it wrote (a regular file of the recorded stamp: device, inode, length, modification and change time); the published site is never changed.
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
    public void A_record_damaged_since_it_was_written_carries_nothing_over()
    {
        var record = Directory.GetFiles(Path.Combine(_root, "cache", CacheArea.PublishedPages.Folder()), "*", SearchOption.AllDirectories).ShouldHaveSingleItem();
        var text = File.ReadAllText(record);
        // The page's recorded stamp made words: a line that would not read, were the record trusted.
        var stamp = LongTriangle.Inputs.FileStamp.Of(Published).ShouldNotBeNull().ToString();
        var damaged = text.Replace("\t" + stamp, "\tnot a stamp", StringComparison.Ordinal);
        damaged.ShouldNotBe(text);
        File.WriteAllText(record, damaged);

        PublishedPages.Load(_cache, Site).TryCarryOver(Page, "key-1", Target).ShouldBeFalse();
        File.Exists(Target).ShouldBeFalse();
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
    public void A_page_edited_with_its_length_and_time_put_back_is_not_carried_over()
    {
        var (length, time) = (new FileInfo(Published).Length, File.GetLastWriteTimeUtc(Published));
        // As `touch -r` leaves it: the same length and modification time; only the change time, which no user sets, tells.
        using (var stream = new FileStream(Published, FileMode.Open, FileAccess.Write)) stream.Write("<P>"u8);
        File.SetLastWriteTimeUtc(Published, time);
        new FileInfo(Published).Length.ShouldBe(length);

        PublishedPages.Load(_cache, Site).TryCarryOver(Page, "key-1", Target).ShouldBeFalse();
        File.Exists(Target).ShouldBeFalse();
    }

    [Fact]
    public void A_page_changed_in_the_tick_of_the_recording_is_left_out_of_the_record()
    {
        var pages = PublishedPages.Load(_cache, Site);
        pages.Record(Page, "key-1");
        // Its modification time ahead of the clock: as a page changed in the very tick its stamp is taken, which an edit
        // made just after could share.
        File.SetLastWriteTimeUtc(Published, DateTime.UtcNow.AddSeconds(30));
        pages.Save();

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
