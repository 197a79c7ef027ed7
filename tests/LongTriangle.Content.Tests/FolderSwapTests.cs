namespace LongTriangle.Content.Tests;

public sealed class FolderSwapTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("folder-swap-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Folder(string name, string file)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "file.txt"), file);
        return path;
    }

    [Fact]
    public void The_staged_folder_takes_the_place_of_the_old_one_which_is_removed()
    {
        var target = Folder("zh", "old");
        var staged = Folder(".zh.new", "new");
        var previous = Path.Combine(folder, ".zh.old");

        FolderSwap.Replace(staged, target, previous);

        File.ReadAllText(Path.Combine(target, "file.txt")).ShouldBe("new");
        Directory.Exists(staged).ShouldBeFalse();
        Directory.Exists(previous).ShouldBeFalse();
    }

    [Fact]
    public void A_swap_interrupted_between_its_two_renames_is_recovered()
    {
        // What a process killed after the first rename leaves: the old folder under its temporary name, nothing in place.
        var previous = Folder(".zh.old", "old");
        var target = Path.Combine(folder, "zh");

        FolderSwap.Recover(target, previous).ShouldBeTrue();

        File.ReadAllText(Path.Combine(target, "file.txt")).ShouldBe("old");
        Directory.Exists(previous).ShouldBeFalse();
    }

    [Fact]
    public void Recovery_never_replaces_a_folder_in_place()
    {
        var target = Folder("zh", "current");
        var previous = Folder(".zh.old", "old");

        FolderSwap.Recover(target, previous).ShouldBeFalse();

        File.ReadAllText(Path.Combine(target, "file.txt")).ShouldBe("current");
        Directory.Exists(previous).ShouldBeTrue();
    }
}
