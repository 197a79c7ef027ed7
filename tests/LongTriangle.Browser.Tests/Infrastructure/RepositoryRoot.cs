namespace LongTriangle.Browser.Tests.Infrastructure;

/// <summary>Finds the checkout's root (where LongTriangle.Site.sln is) from the test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LongTriangle.Site.sln")))
                return dir.FullName;
        throw new InvalidOperationException("LongTriangle.Site.sln not found above " + AppContext.BaseDirectory);
    }
}
