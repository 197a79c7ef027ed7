namespace LongTriangle.Publishing.Rendering;

/// <summary>Normalises rendered HTML text: Unix line endings, no blank lines, one final newline.</summary>
internal static class HtmlText
{
    /// <summary>
    /// Every line without its trailing white space (a carriage return included), blank lines left out, each line
    /// ended by a newline. Made in one string of the exact length: a provenance page is a megabyte of HTML, and
    /// splitting it into lines and joining them again made four copies of it.
    /// </summary>
    public static string Tidy(string html)
    {
        var length = Write(html, []);
        return length == 0 ? "\n" : string.Create(length, html, static (tidy, html) => Write(html, tidy));
    }

    /// <summary>Writes the tidy text into <paramref name="tidy"/> unless it is empty; returns its length.</summary>
    private static int Write(string html, Span<char> tidy)
    {
        var length = 0;
        for (var start = 0; start <= html.Length;)
        {
            var end = html.IndexOf('\n', start);
            if (end < 0) end = html.Length;
            var line = html.AsSpan(start, end - start).TrimEnd();
            if (line.Length > 0)
            {
                if (!tidy.IsEmpty)
                {
                    line.CopyTo(tidy[length..]);
                    tidy[length + line.Length] = '\n';
                }
                length += line.Length + 1;
            }
            start = end + 1;
        }
        return length;
    }
}
