using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Search;

namespace LongTriangle.Publishing.Tests.Fixtures;

/// <summary>
/// The content fixture with one more clause (示范区, translated) built with the real Pagefind of the
/// repository (node_modules, installed by `npm ci`), once for the tests of one class.
/// </summary>
public sealed class IndexedSite : IDisposable
{
    internal ContentFixture Content { get; } = new();

    public IndexedSite()
    {
        Content.Replace("zh/national/outline-2019.md", "不断提升协同开放合作水平。 {#chp_8__sec_2__para_1}\n",
            "不断提升协同开放合作水平。 {#chp_8__sec_2__para_1}\n\n"
            + "高水平建设长三角生态绿色一体化发展示范区，打造改革开放新高地。 {#chp_8__sec_2__para_2}\n");
        Content.Replace("en/national/outline-2019.yml", "clauses:\n",
            "clauses:\n  chp_8__sec_2__para_2: \"Build the ecological green integrated development demonstration zone to a high standard.\"\n");
        Result = BuiltSite.Build(Content, indexer: Indexer());
        if (!Result.Published) throw new InvalidOperationException("the fixture site did not build: " + string.Join("\n", Result.Problems));
    }

    public BuildResult Result { get; }

    public string Directory => Content.OutputDirectory;

    public string Bundle => Path.Combine(Directory, PagefindOptions.BundleFolder);

    public static PagefindIndexer Indexer() => PagefindLocator.Indexer(RepositoryRoot.Path);

    public void Dispose() => Content.Dispose();
}
