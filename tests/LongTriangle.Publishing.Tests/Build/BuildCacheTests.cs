using LongTriangle.Publishing.Build;

namespace LongTriangle.Publishing.Tests.Build;

public sealed class BuildCacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "longtriangle-cache-" + Guid.NewGuid().ToString("N"));

    public BuildCacheTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Tool(string dll)
    {
        var folder = Path.Combine(_root, "tool");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "longtriangle.dll"), dll);
        return folder;
    }

    [Fact]
    public void A_changed_byte_of_the_tool_or_of_a_named_file_changes_its_fingerprint()
    {
        var other = Path.Combine(_root, "package-lock.json");
        File.WriteAllText(other, "1.5.2");
        var first = ToolFingerprint.Of(Tool("code A"), [other]).Hash;

        ToolFingerprint.Of(Tool("code A"), [other]).Hash.ShouldBe(first);
        ToolFingerprint.Of(Tool("code B"), [other]).Hash.ShouldNotBe(first);
        File.WriteAllText(other, "1.5.3");
        ToolFingerprint.Of(Tool("code A"), [other]).Hash.ShouldNotBe(first);
        File.Delete(other);
        ToolFingerprint.Of(Tool("code A"), [other]).Hash.ShouldNotBe(first);
    }

    [Fact]
    public void An_entry_is_found_only_under_the_same_tool_and_inputs()
    {
        var folder = Path.Combine(_root, "cache");
        var cache = BuildCache.Open(folder, new ToolFingerprint([1]));
        cache.Write(cache.Key(CacheArea.Page).Add("page view"), "<p>page</p>"u8);

        cache.Read(cache.Key(CacheArea.Page).Add("page view")).ShouldBe("<p>page</p>"u8.ToArray());
        cache.Read(cache.Key(CacheArea.Page).Add("other view")).ShouldBeNull();
        cache.Read(cache.Key(CacheArea.SearchIndex).Add("page view")).ShouldBeNull();
        var otherTool = BuildCache.Open(folder, new ToolFingerprint([2]));
        otherTool.Read(otherTool.Key(CacheArea.Page).Add("page view")).ShouldBeNull();
    }

    [Fact]
    public void A_streamed_entry_is_stored_whole_or_not_at_all_and_counts_as_used()
    {
        var folder = Path.Combine(_root, "cache");
        var cache = BuildCache.Open(folder, new ToolFingerprint([1]));
        cache.Write(cache.Key(CacheArea.SearchIndex).Add("en"), stream => stream.Write("bundle"u8));
        Should.Throw<IOException>(() => cache.Write(cache.Key(CacheArea.SearchIndex).Add("zh"), stream =>
        {
            stream.Write("half a bun"u8);
            throw new IOException("disk full");
        }));

        var next = BuildCache.Open(folder, new ToolFingerprint([1]));
        next.OpenRead(next.Key(CacheArea.SearchIndex).Add("zh")).ShouldBeNull();
        using (var stored = next.OpenRead(next.Key(CacheArea.SearchIndex).Add("en")))
        {
            using var reader = new StreamReader(stored!);
            reader.ReadToEnd().ShouldBe("bundle");
        }
        next.Prune(CacheArea.SearchIndex);
        Directory.GetFiles(Path.Combine(folder, CacheArea.SearchIndex.Folder()), "*", SearchOption.AllDirectories).Length.ShouldBe(1);
    }

    [Fact]
    public void Inputs_are_delimited_so_moving_a_boundary_changes_the_key()
    {
        new CacheKey(CacheArea.Page).Add("ab").Add("c").Hex()
            .ShouldNotBe(new CacheKey(CacheArea.Page).Add("a").Add("bc").Hex());
    }

    [Fact]
    public void Prune_removes_only_the_entries_this_build_did_not_use()
    {
        var folder = Path.Combine(_root, "cache");
        var earlier = BuildCache.Open(folder, new ToolFingerprint([1]));
        earlier.Write(earlier.Key(CacheArea.Page).Add("kept"), "1"u8);
        earlier.Write(earlier.Key(CacheArea.Page).Add("dropped"), "2"u8);
        earlier.Write(earlier.Key(CacheArea.Page).Add("kept unread"), "3"u8);

        var next = BuildCache.Open(folder, new ToolFingerprint([1]));
        next.Read(next.Key(CacheArea.Page).Add("kept")).ShouldNotBeNull();
        // Used without being opened (a page carried over from the published site).
        next.Keep(next.Key(CacheArea.Page).Add("kept unread"));
        next.Prune(CacheArea.Page);

        next.Read(next.Key(CacheArea.Page).Add("kept")).ShouldNotBeNull();
        next.Read(next.Key(CacheArea.Page).Add("kept unread")).ShouldBe("3"u8.ToArray());
        next.Read(next.Key(CacheArea.Page).Add("dropped")).ShouldBeNull();
        File.Exists(Path.Combine(folder, BuildCache.TagFile)).ShouldBeTrue();
    }

    [Fact]
    public void A_folder_the_tool_did_not_make_is_refused_and_left_alone()
    {
        var folder = Path.Combine(_root, "someone-elses");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

        Should.Throw<BuildCacheException>(() => BuildCache.Open(folder, new ToolFingerprint([1])))
            .Message.ShouldContain("not a build cache of this tool");
        File.ReadAllText(Path.Combine(folder, "notes.txt")).ShouldBe("mine");
    }
}
