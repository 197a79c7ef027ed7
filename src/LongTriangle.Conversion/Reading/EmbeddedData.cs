namespace LongTriangle.Conversion.Reading;

/// <summary>
/// Reads the tables committed under Data/ (embedded as LongTriangle.Conversion.Data.&lt;file&gt;).
/// Lines are returned without comments (#) and blank lines; callers parse the columns.
/// </summary>
public static class EmbeddedData
{
    public static IReadOnlyList<string> ReadLines(string fileName)
    {
        var name = "LongTriangle.Conversion.Data." + fileName;
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data file {name} is missing from the build.");
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
