namespace LongTriangle.Publishing.Tests.Fixtures;

/// <summary>The test classes that search the repository's own content share one build of it.</summary>
[CollectionDefinition(Name)]
public sealed class RepositorySiteCollection : ICollectionFixture<RepositorySite>
{
    public const string Name = "repository site";
}
