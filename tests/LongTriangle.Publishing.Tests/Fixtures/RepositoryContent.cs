using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Reading;

namespace LongTriangle.Publishing.Tests.Fixtures;

/// <summary>The repository's own content folder as read, once for all the tests that read it unchanged (it is immutable:
/// a test that changes it makes another).</summary>
internal static class RepositoryContent
{
    private static readonly Lazy<SiteContent> Read = new(() => ContentReader.Read(RepositoryRoot.Content));

    public static SiteContent Value => Read.Value;
}
