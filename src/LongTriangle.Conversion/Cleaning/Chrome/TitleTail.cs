using LongTriangle.Conversion.Cleaning.Layout;

namespace LongTriangle.Conversion.Cleaning.Chrome;

/// <summary>
/// Finds a website's name glued to the end of a title line (……行动方案金山区智慧教育云平台, ……通知_某某网):
/// the title ends where its document type ends (方案, 纲要, 通知 …), and what follows is a site name.
/// </summary>
internal static class TitleTail
{
    private const string Separators = "_|｜丨-－—–·•:： \u3000\u00A0";

    /// <summary>The title without the glued site name, and the site name; null when the line has none.</summary>
    public static (string Title, string Site)? Split(string line, ChromeCues cues)
    {
        var t = line.Trim();
        var end = TitleEnd(t, cues);
        if (end <= 0 || end >= t.Length)
        {
            return null;
        }

        var rawTail = t[end..];
        var tail = rawTail.TrimStart(Separators.ToCharArray()).Trim();
        var separated = tail.Length < rawTail.Length;
        if (tail.Length is < 2 or > 30 || !tail.Any(LineShape.IsHan) || tail.Any(c => "《》（）()“”\"，,、。；;".Contains(c)))
        {
            return null;
        }

        var siteLike = cues.SiteSuffixes.Any(s => tail.EndsWith(s, StringComparison.Ordinal));
        if (!siteLike && !separated)
        {
            return null;
        }

        // What remains must still be a title by its own ending, not a cut-off phrase.
        var title = t[..end].TrimEnd(Separators.ToCharArray());
        return title.Length >= 4 ? (title, tail) : null;
    }

    /// <summary>Where the last document type in the line ends (after its closing 》 if the type is inside a book title, it is not a title end).</summary>
    private static int TitleEnd(string t, ChromeCues cues)
    {
        var best = -1;
        foreach (var type in cues.DocumentTypes)
        {
            var at = t.LastIndexOf(type, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + type.Length;
                var insideBookTitle = t.IndexOf('》', end) >= 0 && t.LastIndexOf('《', at) > t.LastIndexOf('》', at);
                if (!insideBookTitle)
                {
                    best = Math.Max(best, end);
                    break;
                }

                at = at == 0 ? -1 : t.LastIndexOf(type, at - 1, StringComparison.Ordinal);
            }
        }

        return best;
    }
}
