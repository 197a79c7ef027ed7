using System.Reflection;

namespace LongTriangle.ChineseScript;

/// <summary>
/// Reads a table committed under a project's Data/ and embedded in its assembly: lines without comments (#)
/// and blank lines; callers parse the columns. One reader for every project that embeds tables.
/// </summary>
public static class EmbeddedLines
{
    public static IReadOnlyList<string> Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded data file {resourceName} is missing from the build.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            lines.Add(line);
        }

        return lines;
    }
}
