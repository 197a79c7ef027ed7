namespace LongTriangle.Publishing.Search;

/// <summary>
/// Finds the Pagefind that <c>npm ci</c> installed: node_modules/.bin/pagefind in the repository root, the
/// nearest folder at or above the working folder that holds package.json or LongTriangle.Site.sln, or,
/// when the tool runs from outside the repository (a build into /tmp, a test workspace), at or above the
/// tool's own folder.
/// </summary>
public static class PagefindLocator
{
    public const string InstallAdvice =
        "install Node.js and npm (e.g. sudo apt-get install nodejs npm) and run `npm ci` in the repository root, "
        + "or run ./build.sh, which does both (scripts/prerequisites.sh)";

    /// <summary>The launcher's path in the first repository root found from <paramref name="startingPoints"/>,
    /// or a <see cref="SearchIndexException"/> saying how to install it.</summary>
    public static string Find(IReadOnlyList<string> startingPoints)
    {
        var root = startingPoints.Select(RepositoryRoot).FirstOrDefault(r => r is not null)
            ?? throw new SearchIndexException(
                $"cannot find Pagefind: no package.json or LongTriangle.Site.sln at or above {string.Join(" or ", startingPoints)}; run the build from the repository");
        var executable = Path.Combine(root, "node_modules", ".bin", OperatingSystem.IsWindows() ? "pagefind.cmd" : "pagefind");
        if (!File.Exists(executable)) throw new SearchIndexException(NotInstalled(executable));
        return executable;
    }

    public static string NotInstalled(string executable) =>
        $"Pagefind (search index) is not installed: {executable} is missing; {InstallAdvice}";

    public static PagefindIndexer Indexer(string workingDirectory) =>
        new(new PagefindOptions(Find([workingDirectory, AppContext.BaseDirectory]), PagefindOptions.DefaultTimeout));

    private static string? RepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "package.json")) || File.Exists(Path.Combine(dir.FullName, "LongTriangle.Site.sln")))
                return dir.FullName;
        }
        return null;
    }
}
