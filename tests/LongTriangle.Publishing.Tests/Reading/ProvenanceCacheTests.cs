using System.Text;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Reading;

namespace LongTriangle.Publishing.Tests.Reading;

/// <summary>A provenance file taken from the build cache reads exactly as the file parsed again, problems included.</summary>
public sealed class ProvenanceCacheTests : IDisposable
{
    private const string Name = "content/zh/r/a.provenance.yml";

    // The converter's shape, with an erratum that names its source and one that does not, and a key holding a
    // character outside the BMP (two UTF-16 code units).
    private const string Fragment = """
        seed: "a.txt"
        repairs:
        - kind: markup-removed
          line: 12
          before: "长 三 角"
          after: "长三角"
          eid: "part_1__para_1"
        errata:
        - eid: "part_1__para_2"
          find: "反恐防"
          replace: "反恐怖"
          reason: "a wrong word"
          source: "https://www.gov.cn/zhengce/2019-12/01/content_5457442.htm"
        - eid: "part_1__para_3"
          find: "𠀀"
          replace: ""
          reason: ""
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "longtriangle-provenance-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The cache as a later build opens it (the same folder, the same tool).</summary>
    private ProvenanceCache Cache() => new(BuildCache.Open(_folder, new ToolFingerprint([7])));

    private string[] Entries() => Directory.Exists(Path.Combine(_folder, CacheArea.Provenance.Folder()))
        ? Directory.GetFiles(Path.Combine(_folder, CacheArea.Provenance.Folder()), "*", SearchOption.AllDirectories)
        : [];

    [Fact]
    public void A_cached_read_gives_what_a_fresh_read_gives_for_every_provenance_file_of_the_repository()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot.Content, "zh"), "*.provenance.yml", SearchOption.AllDirectories);
        files.ShouldNotBeEmpty();
        var texts = files.Select(f => (Name: f, Text: File.ReadAllText(f))).Append((Name, Fragment)).ToList();

        var first = Cache();
        foreach (var (name, text) in texts) first.ReadPacked(Encoding.UTF8.GetBytes(text), name);
        first.Hits.ShouldBe(0);
        Entries().Length.ShouldBe(texts.Count);

        var later = Cache();
        foreach (var (name, text) in texts)
        {
            var fresh = ProvenanceReader.ReadPacked(text, name).ShouldNotBeNull();
            var cached = later.ReadPacked(Encoding.UTF8.GetBytes(text), name).ShouldNotBeNull();

            cached.Packed.ShouldBe(fresh.Packed, name);
            cached.Corrections.ShouldBe(fresh.Corrections, name);
            cached.ToProvenance().Digest.ShouldBe(fresh.ToProvenance().Digest, name);
            Show(cached.ToProvenance().Root).ShouldBe(Show(fresh.ToProvenance().Root), name);
        }
        later.Hits.ShouldBe(texts.Count);
    }

    [Fact]
    public void The_errata_come_back_as_they_were_read()
    {
        Cache().ReadPacked(Encoding.UTF8.GetBytes(Fragment), Name);
        var cache = Cache();

        var cached = cache.ReadPacked(Encoding.UTF8.GetBytes(Fragment), Name).ShouldNotBeNull();

        cache.Hits.ShouldBe(1);
        cached.Corrections.ShouldBe([
            new Correction("part_1__para_2", "反恐防", "反恐怖", "a wrong word", "https://www.gov.cn/zhengce/2019-12/01/content_5457442.htm"),
            new Correction("part_1__para_3", "𠀀", "", "", null),
        ]);
    }

    [Fact]
    public void A_file_with_a_problem_is_reported_on_every_build_and_never_stored()
    {
        var broken = Fragment.Replace("kind: markup-removed", "kind: spelling-fixed");
        var fresh = Should.Throw<Exception>(() => ProvenanceReader.Read(broken, Name));

        for (var build = 0; build < 2; build++)
        {
            var cache = Cache();
            var error = Should.Throw<Exception>(() => cache.ReadPacked(Encoding.UTF8.GetBytes(broken), Name));
            error.GetType().ShouldBe(fresh.GetType());
            error.Message.ShouldBe(fresh.Message);
            error.Message.ShouldContain(Name);
            cache.Hits.ShouldBe(0);
        }
        Entries().ShouldBeEmpty();
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_refused_naming_its_line_on_every_build()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("seed: \"a.txt\"\nrepairs:\n- kind: \""), 0xFF, .. "\"\n"u8];

        for (var build = 0; build < 2; build++)
        {
            var error = Should.Throw<ContentException>(() => Cache().ReadPacked(bytes, Name));
            error.File.ShouldBe(Name);
            error.Line.ShouldBe(3);
            error.Message.ShouldContain("not UTF-8");
        }
        Entries().ShouldBeEmpty();
    }

    [Fact]
    public void An_empty_file_is_remembered_as_no_provenance()
    {
        Cache().ReadPacked([], Name).ShouldBeNull();
        var cache = Cache();

        cache.ReadPacked([], Name).ShouldBeNull();
        cache.Hits.ShouldBe(1);
    }

    [Fact]
    public void A_changed_byte_or_another_file_name_is_read_again()
    {
        Cache().ReadPacked(Encoding.UTF8.GetBytes(Fragment), Name);
        var cache = Cache();

        var changed = cache.ReadPacked(Encoding.UTF8.GetBytes(Fragment.Replace("反恐怖", "反恐惧")), Name).ShouldNotBeNull();
        cache.ReadPacked(Encoding.UTF8.GetBytes(Fragment), "content/zh/r/b.provenance.yml");

        cache.Hits.ShouldBe(0);
        changed.Corrections[0].After.ShouldBe("反恐惧");
    }

    [Fact]
    public void An_entry_cut_short_is_not_used_and_the_file_is_read_again()
    {
        Cache().ReadPacked(Encoding.UTF8.GetBytes(Fragment), Name);
        var entry = Entries().ShouldHaveSingleItem();
        File.WriteAllBytes(entry, File.ReadAllBytes(entry)[..^3]);
        var cache = Cache();

        var read = cache.ReadPacked(Encoding.UTF8.GetBytes(Fragment), Name).ShouldNotBeNull();

        cache.Hits.ShouldBe(0);
        read.Packed.ShouldBe(ProvenanceReader.ReadPacked(Fragment, Name)!.Packed);
        Cache().ReadPacked(Encoding.UTF8.GetBytes(Fragment), Name).ShouldNotBeNull();   // and stored whole again
    }

    [Fact]
    public void An_entry_with_an_impossible_count_of_errata_is_not_used_and_the_file_is_read_again()
    {
        Cache().ReadPacked(Encoding.UTF8.GetBytes(Fragment), Name);
        var entry = Entries().ShouldHaveSingleItem();
        var bytes = File.ReadAllBytes(entry);
        // kind (1 byte), the packed tree's length (4) and bytes, then the errata's count: made larger than any entry.
        var countAt = 1 + 4 + BitConverter.ToInt32(bytes, 1);
        BitConverter.GetBytes(int.MaxValue).CopyTo(bytes, countAt);
        File.WriteAllBytes(entry, bytes);
        var cache = Cache();

        var read = cache.ReadPacked(Encoding.UTF8.GetBytes(Fragment), Name).ShouldNotBeNull();

        cache.Hits.ShouldBe(0);
        read.Packed.ShouldBe(ProvenanceReader.ReadPacked(Fragment, Name)!.Packed);
    }

    /// <summary>The tree as text, every node and key in order.</summary>
    private static string Show(ProvenanceNode node) => node switch
    {
        ProvenanceScalar scalar => scalar.Value,
        ProvenanceList list => "[" + string.Join(", ", list.Items.Select(Show)) + "]",
        ProvenanceMap map => "{" + string.Join(", ", map.Entries.Select(e => e.Key + ": " + Show(e.Value))) + "}",
        _ => throw new ArgumentException(node.GetType().Name),
    };
}
