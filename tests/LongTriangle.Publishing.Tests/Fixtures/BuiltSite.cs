using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Publishing.Tests.Fixtures;

/// <summary>Builds a content fixture into its _site folder, as `longtriangle build --no-convert` does.</summary>
internal static class BuiltSite
{
    public static BuildResult Build(ContentFixture fixture, string baseUrl = "/", ISiteIndexer? indexer = null) =>
        new SiteBuild(indexer).Run(
            new BuildOptions(fixture.ContentDirectory, fixture.OutputDirectory, SiteBase.Parse(baseUrl)),
            new QuietStages());

    public static string Page(ContentFixture fixture, string sitePath) =>
        File.ReadAllText(Path.Combine(fixture.OutputDirectory, SiteUrls.FileOf(sitePath)));
}
