using System.Text;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests;

/// <summary>Builds small working texts from seed fragments, numbering lines from 1 (or as given).</summary>
internal static class TestText
{
    public static WorkingText Of(params string[] lines) =>
        WorkingText.Start(SeedOf(string.Join('\n', lines)), lines.Select((t, i) => new SourceLine(i + 1, t)));

    public static WorkingText At(int firstLine, params string[] lines) =>
        WorkingText.Start(SeedOf(string.Join('\n', lines)), lines.Select((t, i) => new SourceLine(firstLine + i, t)));

    public static Seed SeedOf(string text) => SeedOf(Encoding.UTF8.GetBytes(text));

    public static Seed SeedOf(byte[] bytes, string name = "test.txt") => new(name, "/seeds/" + name, bytes);
}
