namespace LongTriangle.Conversion.Model;

/// <summary>
/// A few characters either side of a place in a text, for provenance and messages. It never cuts a
/// character written as a surrogate pair (Han characters of Extension B and later, which the script
/// tables produce): half a character cannot be written to YAML or shown to a reader.
/// </summary>
public static class TextWindow
{
    public static string Around(string text, int index, int radius)
    {
        var start = Math.Max(0, index - radius);
        var end = Math.Min(text.Length, index + radius + 1);
        if (start > 0 && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1])) start--;
        if (end < text.Length && char.IsLowSurrogate(text[end]) && char.IsHighSurrogate(text[end - 1])) end++;
        return text[start..end];
    }
}
