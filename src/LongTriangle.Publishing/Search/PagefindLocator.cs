using System.Runtime.InteropServices;

namespace LongTriangle.Publishing.Search;

/// <summary>
/// Finds the Pagefind that <c>npm ci</c> installed, in the repository root: the nearest folder at or above the
/// working folder that holds package.json or LongTriangle.Site.sln, or, when the tool runs from outside the
/// repository (a build into /tmp, a test workspace), at or above the tool's own folder. The build runs the
/// extended executable of this machine's platform package (<c>node_modules/@pagefind/linux-x64/bin/pagefind_extended</c>)
/// itself, not npm's Node.js launcher (<c>node_modules/.bin/pagefind</c>), which only finds that executable and
/// starts it: the launcher cost a Node.js start (0.13–0.16 s of CPU and 44 MB) on every one of the build's Pagefind
/// runs, and it lets an environment variable swap the executable, which the build cache's key would not see.
/// </summary>
public static class PagefindLocator
{
    public const string InstallAdvice =
        "install Node.js and npm (e.g. sudo apt-get install nodejs npm) and run `npm ci` in the repository root, "
        + "or run ./build.sh, which does both (scripts/prerequisites.sh)";

    /// <summary>Pagefind's extended build, the one that segments Chinese and Japanese into words (the plain build does
    /// not), so the plain build is never taken instead.</summary>
    private const string ExtendedExecutable = "pagefind_extended";

    /// <summary>The executable's path in the first repository root found from <paramref name="startingPoints"/>,
    /// or a <see cref="SearchIndexException"/> saying how to install it.</summary>
    public static string Find(IReadOnlyList<string> startingPoints)
    {
        var root = startingPoints.Select(RepositoryRoot).FirstOrDefault(r => r is not null)
            ?? throw new SearchIndexException(
                $"cannot find Pagefind: no package.json or LongTriangle.Site.sln at or above {string.Join(" or ", startingPoints)}; run the build from the repository");
        var executable = Path.Combine(root, "node_modules", "@pagefind", PlatformPackage(), "bin",
            OperatingSystem.IsWindows() ? ExtendedExecutable + ".exe" : ExtendedExecutable);
        if (!File.Exists(executable)) throw new SearchIndexException(NotInstalled(executable));
        return executable;
    }

    /// <summary>npm's record of what it installed in the node_modules folder holding <paramref name="executable"/>
    /// (which names Pagefind's packages, their versions and checksums).</summary>
    public static string NpmRecord(string executable)
    {
        for (var dir = Path.GetDirectoryName(Path.GetFullPath(executable)); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Path.GetFileName(dir) == "node_modules") return Path.Combine(dir, ".package-lock.json");
        }
        throw new SearchIndexException($"{executable}: not inside a node_modules folder; {InstallAdvice}");
    }

    public static string NotInstalled(string executable) =>
        $"Pagefind (search index) is not installed: {executable} is missing; {InstallAdvice}";

    public static PagefindIndexer Indexer(string workingDirectory) =>
        new(new PagefindOptions(Find([workingDirectory, AppContext.BaseDirectory]), PagefindOptions.DefaultTimeout));

    /// <summary>The npm package Pagefind ships this machine's executable in, named as npm's launcher names it
    /// (<c>process.platform</c> and <c>os.arch()</c>: linux-x64, darwin-arm64, windows-x64…).</summary>
    private static string PlatformPackage()
    {
        var platform = OperatingSystem.IsLinux() ? "linux"
            : OperatingSystem.IsMacOS() ? "darwin"
            : OperatingSystem.IsWindows() ? "windows"
            : OperatingSystem.IsFreeBSD() ? "freebsd"
            : null;
        var cpu = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            _ => null,
        };
        return platform is not null && cpu is not null
            ? $"{platform}-{cpu}"
            : throw new SearchIndexException($"Pagefind has no executable for this machine ({RuntimeInformation.OSDescription}, {RuntimeInformation.OSArchitecture})");
    }

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
