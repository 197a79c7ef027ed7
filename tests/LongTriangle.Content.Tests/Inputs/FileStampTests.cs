using LongTriangle.Inputs;

namespace LongTriangle.Content.Tests.Inputs;

/// <summary>A file's stamp changes with every edit, even one that puts its length and modification time back; a stamp
/// is trusted only when its times are older than the recording by the file system's granularity.</summary>
public sealed class FileStampTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("file-stamp-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void An_unchanged_file_keeps_its_stamp()
    {
        var path = File("a.yml", "seed: a\n");

        var stamp = FileStamp.Of(path).ShouldNotBeNull();

        FileStamp.Of(path).ShouldBe(stamp);
        stamp.Length.ShouldBe(8);
        FileStamp.Parse(stamp.ToString()).ShouldBe(stamp);
    }

    [Fact]
    public void An_edit_with_the_length_and_modification_time_put_back_changes_the_stamp()
    {
        var path = File("a.yml", "seed: a\n");
        var time = new DateTime(2026, 12, 3, 8, 0, 0, DateTimeKind.Utc);
        System.IO.File.SetLastWriteTimeUtc(path, time);
        var before = FileStamp.Of(path).ShouldNotBeNull();
        FileSystemClock.NextTick();

        System.IO.File.WriteAllText(path, "seed: b\n");
        System.IO.File.SetLastWriteTimeUtc(path, time);

        var after = FileStamp.Of(path).ShouldNotBeNull();
        (after.Device, after.Inode, after.Length, after.ModifiedNanoseconds).ShouldBe((before.Device, before.Inode, before.Length, before.ModifiedNanoseconds));
        after.ChangedNanoseconds.ShouldBeGreaterThan(before.ChangedNanoseconds);
    }

    [Fact]
    public void A_link_a_folder_or_nothing_has_no_stamp()
    {
        var path = File("a.yml", "seed: a\n");
        var link = Path.Combine(_folder, "link.yml");
        System.IO.File.CreateSymbolicLink(link, path);

        FileStamp.Of(link).ShouldBeNull();
        FileStamp.Of(_folder).ShouldBeNull();
        FileStamp.Of(Path.Combine(_folder, "missing.yml")).ShouldBeNull();
    }

    [Theory]
    // Nanosecond times: settled once strictly older than the recording.
    [InlineData(1_000_000_001L, 1_000_000_002L, true)]
    [InlineData(1_000_000_001L, 1_000_000_001L, false)]
    // Times in whole milliseconds: the file system may keep no finer, so a change in the same millisecond could share them.
    [InlineData(1_000_000_000L + 5_000_000L, 1_000_000_000L + 5_000_001L, false)]
    [InlineData(1_000_000_000L + 5_000_000L, 1_000_000_000L + 6_000_000L, true)]
    // Whole seconds (ext3, FAT): settled two seconds after.
    [InlineData(10_000_000_000L, 11_999_999_999L, false)]
    [InlineData(10_000_000_000L, 12_000_000_000L, true)]
    public void A_stamp_is_settled_only_when_older_than_the_recording_by_its_granularity(long time, long recordedAt, bool settled)
    {
        new FileStamp(1, 2, 3, time, time).IsSettledAt(recordedAt).ShouldBe(settled);
        new FileStamp(1, 2, 3, 1, time).IsSettledAt(recordedAt).ShouldBe(settled);   // the change time counts as much
    }

    [Fact]
    public void The_clock_s_next_tick_is_later_than_any_file_written_before()
    {
        var path = File("a.yml", "seed: a\n");

        FileStamp.Of(path).ShouldNotBeNull().IsSettledAt(FileSystemClock.NextTick()).ShouldBeTrue();
    }
}
