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
    public void A_file_of_many_pieces_counts_whole_in_the_fingerprint()
    {
        // Larger than the pieces it is read in (64 KB), with the last piece short: a change in its last byte counts.
        var big = Path.Combine(_root, "indexer");
        var bytes = new byte[3 * 64 * 1024 + 5];
        new Random(18).NextBytes(bytes);
        File.WriteAllBytes(big, bytes);
        var tool = Tool("code A");
        var fingerprint = ToolFingerprint.Of(tool, [big]).Hash;

        // The SHA-256 of the file's bytes read whole, as fingerprints were made before: caches filled then stay valid.
        var expected = new CacheKey(CacheArea.Page).Add(System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription)
            .Add("longtriangle.dll").Add(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(tool, "longtriangle.dll"))))
            .Add("indexer").Add(System.Security.Cryptography.SHA256.HashData(bytes));
        fingerprint.ShouldBe(Convert.FromHexString(expected.Hex()));
        bytes[^1] ^= 1;
        File.WriteAllBytes(big, bytes);
        ToolFingerprint.Of(tool, [big]).Hash.ShouldNotBe(fingerprint);
    }

    [Fact]
    public void A_page_written_in_pieces_is_stored_as_its_bytes_whole()
    {
        var cache = BuildCache.Open(Path.Combine(_root, "cache"), new ToolFingerprint([1]));
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>长江三角洲</p>", 10_000)));
        using var page = new LongTriangle.Publishing.Rendering.PageBytes(new LongTriangle.Publishing.Rendering.PageChunkPool());
        page.Append(bytes);
        page.AsSequence().IsSingleSegment.ShouldBeFalse();
        var key = cache.Key(CacheArea.Page).Add("a long page");

        cache.Write(key, page.AsSequence());

        cache.Read(key).ShouldBe(bytes);
        var copy = Path.Combine(_root, "copy.html");
        cache.TryCopy(key, copy).ShouldBeTrue();
        File.ReadAllBytes(copy).ShouldBe(bytes);
    }

    [Fact]
    public void An_entry_is_found_only_under_the_same_tool_and_inputs()
    {
        var folder = Path.Combine(_root, "cache");
        var cache = BuildCache.Open(folder, new ToolFingerprint([1]));
        cache.Write(cache.Key(CacheArea.Page).Add("page view"), "<p>page</p>"u8.ToArray());

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

    /// <summary>The ways an entry's file is found damaged: by a full disk, a flipped bit, a hand, another build.</summary>
    public enum Damage
    {
        CutShortByOneByte,
        CutToNothing,
        GrownByOneByte,
        ChangedByteOfThePayload,
        ChangedByteOfTheChecksum,
        OfAnotherFormat,
        WrittenByHandWithoutTrailer,
        EntryOfAnotherKey,
        AFolderInItsPlace,
    }

    /// <summary>How an entry is read: whole into memory, streamed, or copied by the file system.</summary>
    public enum Access
    {
        Read,
        OpenRead,
        TryCopy,
    }

    public static TheoryData<Damage, Access> EveryDamageByEveryAccess()
    {
        var data = new TheoryData<Damage, Access>();
        foreach (var damage in Enum.GetValues<Damage>())
            foreach (var access in Enum.GetValues<Access>())
                data.Add(damage, access);
        return data;
    }

    private static readonly byte[] Payload = "<!DOCTYPE html><p>第一章 发展背景</p>"u8.ToArray();

    private static string EntryFile(string folder, CacheKey key) =>
        Directory.GetFiles(Path.Combine(folder, key.Area.Folder()), key.Hex(), SearchOption.AllDirectories).ShouldHaveSingleItem();

    private static void Inflict(Damage damage, string file, string otherEntry)
    {
        var bytes = File.ReadAllBytes(file);
        switch (damage)
        {
            case Damage.CutShortByOneByte: File.WriteAllBytes(file, bytes[..^1]); break;
            case Damage.CutToNothing: File.WriteAllBytes(file, []); break;
            case Damage.GrownByOneByte: File.WriteAllBytes(file, [.. bytes, (byte)'\n']); break;
            case Damage.ChangedByteOfThePayload: bytes[3] ^= 0x20; File.WriteAllBytes(file, bytes); break;
            case Damage.ChangedByteOfTheChecksum: bytes[^CacheEntryTrailer.Size] ^= 1; File.WriteAllBytes(file, bytes); break;
            case Damage.OfAnotherFormat: bytes[^1] ^= 1; File.WriteAllBytes(file, bytes); break;
            case Damage.WrittenByHandWithoutTrailer: File.WriteAllBytes(file, Payload); break;
            case Damage.EntryOfAnotherKey: File.Copy(otherEntry, file, overwrite: true); break;
            case Damage.AFolderInItsPlace: File.Delete(file); Directory.CreateDirectory(file); break;
        }
    }

    /// <summary>What <paramref name="access"/> gives of the entry: its payload, or null for a miss; a copy leaves a file only on a hit.</summary>
    private byte[]? Get(BuildCache cache, CacheKey key, Access access)
    {
        switch (access)
        {
            case Access.Read:
                return cache.Read(key);
            case Access.OpenRead:
                using (var stream = cache.OpenRead(key))
                {
                    if (stream is null) return null;
                    using var bytes = new MemoryStream();
                    stream.CopyTo(bytes);
                    stream.Length.ShouldBe(bytes.Length);
                    return bytes.ToArray();
                }
            default:
                var target = Path.Combine(_root, "site", Guid.NewGuid().ToString("N") + ".html");
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var copied = cache.TryCopy(key, target);
                File.Exists(target).ShouldBe(copied);
                return copied ? File.ReadAllBytes(target) : null;
        }
    }

    [Theory]
    [MemberData(nameof(EveryDamageByEveryAccess))]
    public void A_damaged_entry_is_a_miss_by_every_access_and_is_replaced_by_the_next_write(Damage damage, Access access)
    {
        var folder = Path.Combine(_root, "cache");
        var earlier = BuildCache.Open(folder, new ToolFingerprint([1]));
        var key = earlier.Key(CacheArea.Page).Add("page view");
        earlier.Write(key, Payload);
        earlier.Write(earlier.Key(CacheArea.Page).Add("other view"), Payload);
        Get(earlier, earlier.Key(CacheArea.Page).Add("page view"), access).ShouldBe(Payload);   // whole, it is a hit
        Inflict(damage, EntryFile(folder, earlier.Key(CacheArea.Page).Add("page view")), EntryFile(folder, earlier.Key(CacheArea.Page).Add("other view")));

        var next = BuildCache.Open(folder, new ToolFingerprint([1]));
        Get(next, next.Key(CacheArea.Page).Add("page view"), access).ShouldBeNull();

        if (damage != Damage.AFolderInItsPlace)
        {
            next.Write(next.Key(CacheArea.Page).Add("page view"), "<p>rendered again</p>"u8.ToArray());
            Get(next, next.Key(CacheArea.Page).Add("page view"), access).ShouldBe("<p>rendered again</p>"u8.ToArray());
        }
    }

    [Theory]
    [InlineData(Damage.CutShortByOneByte)]
    [InlineData(Damage.ChangedByteOfThePayload)]
    [InlineData(Damage.GrownByOneByte)]
    public void A_damaged_entry_is_not_kept_by_reading_it_and_is_pruned(Damage damage)
    {
        var folder = Path.Combine(_root, "cache");
        var earlier = BuildCache.Open(folder, new ToolFingerprint([1]));
        earlier.Write(earlier.Key(CacheArea.Page).Add("page view"), Payload);
        earlier.Write(earlier.Key(CacheArea.Page).Add("other view"), Payload);
        Inflict(damage, EntryFile(folder, earlier.Key(CacheArea.Page).Add("page view")), EntryFile(folder, earlier.Key(CacheArea.Page).Add("other view")));

        var next = BuildCache.Open(folder, new ToolFingerprint([1]));
        next.Read(next.Key(CacheArea.Page).Add("page view")).ShouldBeNull();
        next.Read(next.Key(CacheArea.Page).Add("other view")).ShouldBe(Payload);
        next.Prune(CacheArea.Page);

        Directory.GetFiles(Path.Combine(folder, CacheArea.Page.Folder()), "*", SearchOption.AllDirectories)
            .ShouldHaveSingleItem().ShouldBe(EntryFile(folder, next.Key(CacheArea.Page).Add("other view")));
    }

    [Fact]
    public void A_copied_entry_is_its_payload_alone()
    {
        var folder = Path.Combine(_root, "cache");
        var cache = BuildCache.Open(folder, new ToolFingerprint([1]));
        cache.Write(cache.Key(CacheArea.Page).Add("page view"), Payload);
        cache.Write(cache.Key(CacheArea.Page).Add("empty page"), []);
        var target = Path.Combine(_root, "index.html");

        cache.TryCopy(cache.Key(CacheArea.Page).Add("page view"), target).ShouldBeTrue();
        cache.TryCopy(cache.Key(CacheArea.Page).Add("empty page"), target + ".empty").ShouldBeTrue();

        File.ReadAllBytes(target).ShouldBe(Payload);
        File.ReadAllBytes(target + ".empty").ShouldBeEmpty();
        new FileInfo(EntryFile(folder, cache.Key(CacheArea.Page).Add("page view"))).Length.ShouldBe(Payload.Length + CacheEntryTrailer.Size);
    }

    [Fact]
    public void A_streamed_entry_its_writer_sought_in_reads_back_as_written_and_seeks_within_its_payload()
    {
        var folder = Path.Combine(_root, "cache");
        var cache = BuildCache.Open(folder, new ToolFingerprint([1]));
        var key = cache.Key(CacheArea.SearchIndex).Add("en");
        // A zip writer goes back to complete each file's header; large enough to need several reads to check.
        var text = string.Concat(Enumerable.Range(0, 40_000).Select(i => $"条款 {i}\n"));
        cache.Write(key, stream =>
        {
            using var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true);
            using var writer = new StreamWriter(zip.CreateEntry("pagefind/pagefind-entry.json").Open());
            writer.Write(text);
        });

        using var stored = cache.OpenRead(cache.Key(CacheArea.SearchIndex).Add("en")).ShouldNotBeNull();
        stored.Seek(-1, SeekOrigin.End).ShouldBe(stored.Length - 1);
        stored.Position = 0;
        using var read = new System.IO.Compression.ZipArchive(stored, System.IO.Compression.ZipArchiveMode.Read);
        using var reader = new StreamReader(read.GetEntry("pagefind/pagefind-entry.json")!.Open());
        reader.ReadToEnd().ShouldBe(text);
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
        earlier.Write(earlier.Key(CacheArea.Page).Add("kept"), "1"u8.ToArray());
        earlier.Write(earlier.Key(CacheArea.Page).Add("dropped"), "2"u8.ToArray());
        earlier.Write(earlier.Key(CacheArea.Page).Add("kept unread"), "3"u8.ToArray());

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
