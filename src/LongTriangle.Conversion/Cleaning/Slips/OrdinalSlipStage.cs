using System.Text.RegularExpressions;
using LongTriangle.Conversion.Cleaning;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Slips;

/// <summary>
/// Mends 笫 typed or recognised for 第 (the two differ by one stroke, and sit side by side in input methods):
/// 笫 (a bed mat, 床笫) is never followed by a numeral, while 第 opens every ordinal (第一章, 第3条, 第二十六条),
/// so 笫 before a numeral is 第.
/// </summary>
public sealed partial class OrdinalSlipStage : ICleaningStage
{
    public WorkingText Apply(WorkingText text)
    {
        var repairs = new List<Repair>();
        var lines = text.Lines.Select(line =>
        {
            if (!line.Text.Contains('笫')) return line;
            var mended = SlipBeforeNumeral().Replace(line.Text, "第");
            if (mended == line.Text) return line;
            repairs.Add(new Repair(RepairKind.LostCharacter, line.Number, line.Text, mended, "笫 before a numeral is 第"));
            return line with { Text = mended };
        }).ToList();
        return repairs.Count == 0 ? text : text.WithLines(lines).AddRepairs(repairs);
    }

    [GeneratedRegex(@"笫(?=\s*[一二三四五六七八九十百零〇两0-9０-９])")]
    private static partial Regex SlipBeforeNumeral();
}
