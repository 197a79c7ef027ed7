using LongTriangle.Publishing.Search;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Search;

/// <summary>
/// Merging the parts' bundles (a language each, or a bucket of a language's documents) into one, and refusing what cannot be one bundle. The folders are written by hand in the
/// layout a Pagefind run writes (the real runs are merged in <see cref="PagefindIndexerTests"/>).
/// </summary>
public sealed class PagefindMergeTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    private static PagefindIndexer Indexer => IndexedSite.Indexer();

    private string Part(string name, string language, string script = "// pagefind.js", string? partName = null)
    {
        var folder = _root.Combine("parts", name);
        Directory.CreateDirectory(Path.Combine(folder, "index"));
        File.WriteAllText(Path.Combine(folder, "pagefind-entry.json"),
            $$$"""{"version":"1.5.2","languages":{"{{{language}}}":{"hash":"{{{language}}}_{{{name}}}","wasm":null,"page_count":2,"han_text":true}},"include_characters":["_"]}""");
        File.WriteAllText(Path.Combine(folder, "clauses.txt"), "7");
        File.WriteAllText(Path.Combine(folder, "part.txt"), partName ?? language);
        File.WriteAllText(Path.Combine(folder, "pagefind.js"), script);
        File.WriteAllText(Path.Combine(folder, "index", language + "_" + name + ".pf_index"), language);
        File.WriteAllText(Path.Combine(folder, "wasm.unknown.pagefind"), "wasm");
        return folder;
    }

    private string Site => _root.Combine("site");

    [Fact]
    public void The_parts_become_one_bundle_with_every_language_sorted_and_their_shared_files_once()
    {
        var summary = Indexer.Merge(Site, [Part("a", "zh-hans"), Part("b", "en")]);

        summary.ShouldStartWith("2 indexes (en, zh-hans), 4 pages, 14 clauses, ");
        File.ReadAllText(Path.Combine(Site, "pagefind", "pagefind-entry.json")).ShouldBe(
            """{"version":"1.5.2","languages":{"en":{"hash":"en_b","wasm":null,"page_count":2,"han_text":true},"zh-hans":{"hash":"zh-hans_a","wasm":null,"page_count":2,"han_text":true}},"include_characters":["_"]}""");
        Files().ShouldBe(["pagefind/index/en_b.pf_index", "pagefind/index/zh-hans_a.pf_index", "pagefind/pagefind-entry.json", "pagefind/pagefind.js", "pagefind/wasm.unknown.pagefind"]);
    }

    [Fact]
    public void A_language_in_several_parts_keeps_its_first_at_the_top_and_each_other_in_a_folder_of_its_own_listed_with_it()
    {
        var summary = Indexer.Merge(Site, [Part("a", "en", partName: "en-p0"), Part("b", "en", partName: "en-p2"), Part("c", "zh-hans", partName: "zh-hans-p0"), Part("d", "zh-hans", partName: "zh-hans-p1")]);

        summary.ShouldStartWith("2 indexes (en, zh-hans) in 4 parts, 8 pages, 28 clauses, ");
        File.ReadAllText(Path.Combine(Site, "pagefind", "pagefind-entry.json")).ShouldBe(
            """{"version":"1.5.2","languages":{"en":{"hash":"en_a","wasm":null,"page_count":2,"han_text":true,"parts":[{"path":"en-p2/","page_count":2}]},"zh-hans":{"hash":"zh-hans_c","wasm":null,"page_count":2,"han_text":true,"parts":[{"path":"zh-hans-p1/","page_count":2}]}},"include_characters":["_"]}""");
        // Pagefind's scripts and WebAssembly once, at the top; a further part's entry file, index and records in its folder.
        Files().ShouldBe([
            "pagefind/en-p2/index/en_b.pf_index", "pagefind/en-p2/pagefind-entry.json",
            "pagefind/index/en_a.pf_index", "pagefind/index/zh-hans_c.pf_index", "pagefind/pagefind-entry.json", "pagefind/pagefind.js", "pagefind/wasm.unknown.pagefind",
            "pagefind/zh-hans-p1/index/zh-hans_d.pf_index", "pagefind/zh-hans-p1/pagefind-entry.json"]);
        File.ReadAllText(Path.Combine(Site, "pagefind", "en-p2", "pagefind-entry.json")).ShouldContain("\"en\":{\"hash\":\"en_b\"");
    }

    [Fact]
    public void Two_parts_of_one_name_fail_the_index()
    {
        var error = Should.Throw<SearchIndexException>(() => Indexer.Merge(Site, [Part("a", "en", partName: "en-p0"), Part("b", "en", partName: "en-p1"), Part("c", "en", partName: "en-p1")]));

        error.Message.ShouldContain("'en-p1'");
    }

    private string[] Files() => [.. Directory.GetFiles(Path.Combine(Site, "pagefind"), "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Site, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Fact]
    public void Without_documents_there_is_no_bundle_and_the_summary_says_why()
    {
        Indexer.Merge(Site, []).ShouldBe("no index: no documents");

        Directory.Exists(Path.Combine(Site, "pagefind")).ShouldBeFalse();
    }

    [Fact]
    public void A_shared_file_that_differs_between_parts_fails_the_index()
    {
        var error = Should.Throw<SearchIndexException>(() => Indexer.Merge(Site, [Part("a", "zh-hans"), Part("b", "en", "// another pagefind.js")]));

        error.Message.ShouldBe("pagefind wrote pagefind.js differently for two parts of the site");
    }
}
