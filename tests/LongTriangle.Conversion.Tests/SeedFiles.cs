using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests;

/// <summary>The real seeds of the repository, for tests that read whole files.</summary>
internal static class SeedFiles
{
    public static string Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var seeds = Path.Combine(dir.FullName, "seeds");
                if (File.Exists(Path.Combine(dir.FullName, "LongTriangle.Site.sln")) && System.IO.Directory.Exists(seeds))
                {
                    return seeds;
                }
            }

            throw new InvalidOperationException("Repository root (with seeds/) not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The seed whose file name starts with <paramref name="prefix"/>, e.g. "001".</summary>
    public static Seed Load(string prefix)
    {
        var path = System.IO.Directory.GetFiles(Directory, prefix + "_*.txt").Single();
        return new Seed(Path.GetFileName(path), path, File.ReadAllBytes(path));
    }
}
