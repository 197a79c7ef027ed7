using LongTriangle.Publishing.Search;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Search;

/// <summary>
/// Merging the per-language bundles refuses what cannot be one bundle. The folders are written by hand in the
/// layout a Pagefind run writes (the real runs are merged in <see cref="PagefindIndexerTests"/>).
/// </summary>
public sealed class PagefindMergeTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    private static PagefindIndexer Indexer => IndexedSite.Indexer();

    private string Part(string name, string language, string script = "// pagefind.js")
    {
        var folder = _root.Combine("parts", name);
        Directory.CreateDirectory(Path.Combine(folder, "index"));
        File.WriteAllText(Path.Combine(folder, "pagefind-entry.json"),
            $$$"""{"version":"1.5.2","languages":{"{{{language}}}":{"hash":"{{{language}}}_1a","wasm":null,"page_count":2,"han_text":true}},"include_characters":["_"]}""");
        File.WriteAllText(Path.Combine(folder, "clauses.txt"), "7");
        File.WriteAllText(Path.Combine(folder, "pagefind.js"), script);
        File.WriteAllText(Path.Combine(folder, "index", language + "_1a.pf_index"), language);
        return folder;
    }

    private string Site => _root.Combine("site");

    [Fact]
    public void The_parts_become_one_bundle_with_every_language_sorted_and_their_shared_files_once()
    {
        var summary = Indexer.Merge(Site, [Part("a", "zh-hans"), Part("b", "en")]);

        summary.ShouldStartWith("2 indexes (en, zh-hans), 4 pages, 14 clauses, ");
        File.ReadAllText(Path.Combine(Site, "pagefind", "pagefind-entry.json")).ShouldBe(
            """{"version":"1.5.2","languages":{"en":{"hash":"en_1a","wasm":null,"page_count":2,"han_text":true},"zh-hans":{"hash":"zh-hans_1a","wasm":null,"page_count":2,"han_text":true}},"include_characters":["_"]}""");
        Directory.GetFiles(Path.Combine(Site, "pagefind"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Site, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ShouldBe(["pagefind/index/en_1a.pf_index", "pagefind/index/zh-hans_1a.pf_index", "pagefind/pagefind-entry.json", "pagefind/pagefind.js"]);
    }

    [Fact]
    public void Without_documents_there_is_no_bundle_and_the_summary_says_why()
    {
        Indexer.Merge(Site, []).ShouldBe("no index: no documents");

        Directory.Exists(Path.Combine(Site, "pagefind")).ShouldBeFalse();
    }

    [Fact]
    public void A_language_in_two_parts_fails_the_index()
    {
        var error = Should.Throw<SearchIndexException>(() => Indexer.Merge(Site, [Part("a", "zh-hans"), Part("b", "zh-hans")]));

        error.Message.ShouldContain("pages of the language zh-hans (their <html lang>) among the pages of two renditions");
    }

    [Fact]
    public void A_shared_file_that_differs_between_parts_fails_the_index()
    {
        var error = Should.Throw<SearchIndexException>(() => Indexer.Merge(Site, [Part("a", "zh-hans"), Part("b", "en", "// another pagefind.js")]));

        error.Message.ShouldBe("pagefind wrote pagefind.js differently for two parts of the site");
    }
}
