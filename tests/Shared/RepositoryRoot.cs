namespace LongTriangle.Tests;

/// <summary>
/// Finds the checkout's root (where LongTriangle.Site.sln is) from the test's output folder. One file,
/// compiled into every test project (see their .csproj), so the tests read the repository's own seeds
/// and content wherever the checkout is.
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Seeds => System.IO.Path.Combine(Path, "seeds");

    public static string Content => System.IO.Path.Combine(Path, "content");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LongTriangle.Site.sln")))
                return dir.FullName;
        throw new InvalidOperationException("LongTriangle.Site.sln not found above " + AppContext.BaseDirectory);
    }
}
