using System.Text;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Cleaning.Layout;

/// <summary>
/// Working text built from a few real lines of a seed, each with its seed line number, as the line-level
/// stages receive it (after reading and script conversion).
/// </summary>
public static class SeedFragment
{
    public static WorkingText Of(params (int Number, string Text)[] lines)
    {
        var seed = new Seed("fragment.txt", "/seeds/fragment.txt",
            Encoding.UTF8.GetBytes(string.Join("\n", lines.Select(l => l.Text))));
        return WorkingText.Start(seed, lines.Select(l => new SourceLine(l.Number, l.Text)));
    }

    /// <summary>A whole seed file read as lines, for the seeds that arrive in Simplified Chinese already.</summary>
    public static WorkingText WholeSeed(string fileName)
    {
        var path = Path.Combine(RepositoryRoot(), "seeds", fileName);
        var bytes = File.ReadAllBytes(path);
        var lines = Encoding.UTF8.GetString(bytes).Split('\n')
            .Select((t, i) => new SourceLine(i + 1, t.TrimEnd('\r')));
        return WorkingText.Start(new Seed(fileName, path, bytes), lines);
    }

    public static string[] Texts(this WorkingText text) => [.. text.Lines.Select(l => l.Text)];

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LongTriangle.Site.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("LongTriangle.Site.sln not found above the test binaries");
    }
}
