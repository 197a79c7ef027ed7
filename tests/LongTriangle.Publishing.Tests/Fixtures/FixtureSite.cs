namespace LongTriangle.Publishing.Tests.Fixtures;

/// <summary>The content fixture built once and shared by the tests of one class.</summary>
public sealed class FixtureSite : IDisposable
{
    internal ContentFixture Content { get; } = new();

    public FixtureSite()
    {
        var result = BuiltSite.Build(Content);
        if (!result.Published) throw new InvalidOperationException("the fixture site did not build: " + string.Join("\n", result.Problems));
    }

    public string Directory => Content.OutputDirectory;

    public string Page(string sitePath) => BuiltSite.Page(Content, sitePath);

    public void Dispose() => Content.Dispose();
}
