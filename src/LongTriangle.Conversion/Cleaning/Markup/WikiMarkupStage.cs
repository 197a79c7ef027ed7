using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Markup;

/// <summary>
/// What a wiki page (维基文库, Wikisource and their mirrors) adds around the document it holds: the section
/// edit links after headings (序 言[编辑]) or on a line of their own (编辑), the skip links (跳转到内容), the
/// site's motto (维基文库，自由的图书馆) and the scanned file the text was taken from (File:….pdf, PDF版本).
/// Edit links are cut from their headings; the other lines are removed and kept in the provenance.
/// </summary>
public sealed partial class WikiMarkupStage : ICleaningStage
{
    public WorkingText Apply(WorkingText text)
    {
        var kept = new List<SourceLine>(text.Lines.Length);
        var removed = new List<SourceLine>();
        var repairs = new List<Repair>();
        foreach (var line in text.Lines)
        {
            var trimmed = line.Text.Trim().Trim('\u3000');
            if (WikiLine().IsMatch(trimmed))
            {
                removed.Add(line);
                repairs.Add(new Repair(RepairKind.ChromeRemoved, line.Number, line.Text, "", "wiki page furniture"));
                continue;
            }
            var cleaned = EditLink().Replace(line.Text, "");
            if (cleaned != line.Text)
            {
                repairs.Add(new Repair(RepairKind.ChromeRemoved, line.Number, line.Text, cleaned, "wiki edit link"));
                kept.Add(line with { Text = cleaned });
                continue;
            }
            kept.Add(line);
        }
        return repairs.Count == 0 ? text : text.WithLines(kept).AddRepairs(repairs).AddRemoved(removed);
    }

    [GeneratedRegex(@"\s*[\[［]\s*(编辑|编辑源代码|edit|edit source)\s*[\]］]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EditLink();

    [GeneratedRegex(@"^(编辑|编辑源代码|跳转到内容|跳转到导航|跳转到搜索|跳到导航|跳到搜索|PDF版本|维基文库[,，]?\s*自由的图书馆|维基百科[,，]?\s*自由的百科全书|(File|文件|Image):\S.*\.(pdf|djvu|jpg|jpeg|png|gif|tif|tiff))$", RegexOptions.IgnoreCase)]
    private static partial Regex WikiLine();
}
