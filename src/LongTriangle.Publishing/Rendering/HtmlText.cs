namespace LongTriangle.Publishing.Rendering;

/// <summary>Normalises rendered HTML text: Unix line endings, no blank lines, one final newline.</summary>
internal static class HtmlText
{
    public static string Tidy(string html)
    {
        var lines = html.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split('\n')
            .Select(l => l.TrimEnd())
            .Where(l => l.Length > 0);
        return string.Join('\n', lines) + "\n";
    }
}
