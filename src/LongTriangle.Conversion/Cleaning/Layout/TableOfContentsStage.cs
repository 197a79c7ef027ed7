using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Layout;

/// <summary>
/// Removes the table of contents a long document prints before its text (目 录 / 第一章 总 则 / 第二章 … /
/// 第一章 总 则 …): the 目录 line and the entries under it, up to where the text begins, which is where the
/// first entry appears again or the first sentence stands. Entries may carry dot leaders and page numbers.
/// The removed lines stay in the provenance. Without a repeat of the first entry or a sentence after the
/// entries, nothing is removed: a list under 目录 that never ends is not known to be a table of contents.
/// </summary>
public sealed partial class TableOfContentsStage : ICleaningStage
{
    /// <summary>A table of contents stands near the top: only this many lines are searched for 目录.</summary>
    private const int Reach = 40;

    /// <summary>An entry is a heading: never longer than this.</summary>
    private const int LongestEntry = 60;

    public WorkingText Apply(WorkingText text)
    {
        var lines = text.Lines;
        var start = -1;
        for (var i = 0; i < lines.Length && i < Reach && start < 0; i++)
            if (Entry(lines[i].Text) == "目录") start = i;
        if (start < 0) return text;

        string? first = null;
        var end = -1;
        for (var i = start + 1; i < lines.Length; i++)
        {
            var entry = Entry(lines[i].Text);
            if (entry.Length == 0) continue;
            if (first is not null && entry == first) { end = i; break; }
            if (entry.Length > LongestEntry || LineShape.EndsSentence(lines[i].Text)) { end = i; break; }
            first ??= entry;
        }
        if (end < 0 || first is null) return text;

        var removed = lines.Skip(start).Take(end - start).ToList();
        var repairs = removed.Where(l => l.Text.Trim().Length > 0)
            .Select(l => new Repair(RepairKind.ChromeRemoved, l.Number, l.Text, "", "table of contents"));
        return text.WithLines(lines.Take(start).Concat(lines.Skip(end))).AddRepairs(repairs).AddRemoved(removed);
    }

    /// <summary>The entry's words: no spaces, dot leaders or page number.</summary>
    private static string Entry(string line) => Leader().Replace(Spacing().Replace(line, ""), "");

    [GeneratedRegex(@"[\s\u3000\u00A0]+")]
    private static partial Regex Spacing();

    [GeneratedRegex(@"[.·…．。]{2,}\d*$|(?<=\D)\d{1,3}$")]
    private static partial Regex Leader();
}
