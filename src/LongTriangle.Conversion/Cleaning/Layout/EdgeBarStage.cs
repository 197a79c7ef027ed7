using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Layout;

/// <summary>
/// Removes a stray vertical bar a page's layout left at the end or start of a line (一、总体要求 |), the
/// remains of a table border or a menu separator. A line with a bar inside it (a table row 指标｜2025年) keeps
/// its bars: only a line's single edge bar is stray.
/// </summary>
public sealed partial class EdgeBarStage : ICleaningStage
{
    public WorkingText Apply(WorkingText text)
    {
        var repairs = new List<Repair>();
        var lines = text.Lines.Select(line =>
        {
            var t = line.Text;
            if (t.Count(c => c is '|' or '｜' or '丨') != 1) return line;
            var mended = EdgeBar().Replace(t, "");
            if (mended == t || mended.Trim().Length == 0) return line;
            repairs.Add(new Repair(RepairKind.StrayCharacterRemoved, line.Number, t, mended, "a bar at the edge of the line"));
            return line with { Text = mended };
        }).ToList();
        return repairs.Count == 0 ? text : text.WithLines(lines).AddRepairs(repairs);
    }

    [GeneratedRegex(@"[\s\u3000]+[|｜][\s\u3000]*$|^[\s\u3000]*[|｜][\s\u3000]+")]
    private static partial Regex EdgeBar();
}
