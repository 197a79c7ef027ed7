using System.Text;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Sidecars;

namespace LongTriangle.Conversion.Tests;

/// <summary>Builds working text from small fragments of real documents, as the cleaning stages would hand it on.</summary>
internal static class Fragments
{
    public static SiteRegions Regions { get; } = SiteRegions.Read(Path.Combine(RepositoryRoot.Content, "site.yml"));

    public static Seed Seed(params string[] lines) =>
        new("999_test.txt", "/seeds/999_test.txt", Encoding.UTF8.GetBytes(string.Join("\n", lines)));

    public static WorkingText Text(params string[] lines) =>
        WorkingText.Start(Seed(lines), lines.Select((l, i) => new SourceLine(i + 1, l)));
}
