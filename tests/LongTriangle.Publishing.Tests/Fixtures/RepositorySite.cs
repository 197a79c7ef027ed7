using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Tests.Fixtures;

/// <summary>
/// The repository's own content/ built, with the real Pagefind, into a temporary folder once for the tests of
/// one class: what search is measured on.
/// </summary>
public sealed class RepositorySite : IDisposable
{
    private readonly TempDirectory _output = new();

    public RepositorySite()
    {
        var result = new SiteBuild(IndexedSite.Indexer()).Run(
            new BuildOptions(RepositoryRoot.Content, Directory, SiteBase.Parse("/")), new QuietStages());
        if (!result.Published) throw new InvalidOperationException("content/ did not build: " + string.Join("\n", result.Problems));
    }

    public string Directory => _output.Combine("_site");

    public void Dispose() => _output.Dispose();
}
