using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Layout;

/// <summary>
/// Keeps a table that a copy flattened to one cell per line (指标 / 2025年 / 2030年 / 研发投入强度 / 3% …) as
/// one block: a run of many short cells (no sentence, no heading number) becomes one line, cells joined by ｜,
/// instead of dozens of one-word paragraphs. A caption above it (表1 主要指标) stays its own line.
/// </summary>
public sealed class FlattenedTableStage : ICleaningStage
{
    /// <summary>Fewer cells than this in a row of short lines is a list or a signature, not a table.</summary>
    private const int FewestCells = 8;

    /// <summary>A cell is short: a word, a number, a name.</summary>
    private const int LongestCell = 16;

    public WorkingText Apply(WorkingText text)
    {
        var lines = text.Lines;
        var output = new List<SourceLine>(lines.Length);
        var repairs = new List<Repair>();
        var i = 0;
        while (i < lines.Length)
        {
            var run = new List<SourceLine>();
            var j = i;
            while (j < lines.Length && (string.IsNullOrWhiteSpace(lines[j].Text) || IsCell(lines[j].Text)))
            {
                if (!string.IsNullOrWhiteSpace(lines[j].Text)) run.Add(lines[j]);
                j++;
            }
            if (run.Count >= FewestCells)
            {
                var block = string.Join("｜", run.Select(c => c.Text.Trim()));
                repairs.Add(new Repair(RepairKind.LineRejoined, run[0].Number, string.Join(" / ", run.Select(c => c.Text.Trim())), block, "a table flattened to one cell per line, kept as one block"));
                output.Add(run[0] with { Text = block });
                i = j;
                continue;
            }
            output.Add(lines[i]);
            i++;
        }
        return repairs.Count == 0 ? text : text.WithLines(output).AddRepairs(repairs);
    }

    private static bool IsCell(string line)
    {
        var t = line.Trim().Trim('\u3000');
        return t.Length is > 0 and <= LongestCell
            && !LineShape.HasProsePunctuation(t)
            && LineShape.HeadingNumber(t) is null;
    }
}
