using LongTriangle.Inputs;


namespace LongTriangle.Content.Markdown;

/// <summary>Splits a content file into its YAML front matter (between two <c>---</c> lines) and its Markdown body.</summary>
internal sealed record FrontMatter(string Yaml, string Body, int BodyFirstLine)
{
    public static FrontMatter Split(string text, string file)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
            throw new InputException(file, 1, "the file must start with YAML front matter between two '---' lines");
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (end < 0) throw new InputException(file, 1, "the front matter has no closing '---' line");
        return new FrontMatter(
            string.Join('\n', lines[1..end]),
            string.Join('\n', lines[(end + 1)..]),
            end + 2);
    }
}
