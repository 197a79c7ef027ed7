namespace LongTriangle.Benchmarks;

/// <summary>The checkout's root, found from the working folder (benchmarks run from anywhere inside it).</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LongTriangle.Site.sln")))
                return dir.FullName;
        throw new InvalidOperationException("run the benchmarks from inside the checkout");
    }
}
