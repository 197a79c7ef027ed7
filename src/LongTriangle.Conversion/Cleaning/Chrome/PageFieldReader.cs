using System.Collections.Immutable;
using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Chrome;

/// <summary>
/// Reads the labelled values of a page's source and metadata lines (来源：…, 发文字号：…, several to a line)
/// so that removing the line does not lose what it says about the document.
/// </summary>
internal sealed class PageFieldReader
{
    private readonly Regex field;
    private readonly ImmutableArray<string> fieldLabels;

    public PageFieldReader(ChromeCues cues)
    {
        fieldLabels = cues.PageFieldLabels;
        var labels = string.Join("|", cues.PageFieldLabels.Concat(cues.SourceLabels)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(l => l.Length)
            .ThenBy(l => l, StringComparer.Ordinal)
            .Select(Regex.Escape));
        field = new Regex(
            $@"(?<label>{labels})[\s\u3000]*[:：][\s\u3000]*(?<value>.*?)(?=[\s\u3000]*(?:{labels})[\s\u3000]*[:：]|[\s\u3000]*[）)】\]]?[\s\u3000]*$)",
            RegexOptions.CultureInvariant);
    }

    public IEnumerable<PageField> Read(SourceLine line)
    {
        // A metadata row copied without its colon (发布机构 区政府).
        if (!line.Text.Contains('：') && !line.Text.Contains(':') && ChromeClassifier.SpacedFieldRow(line.Text.Trim(), fieldLabels) is { } row)
        {
            yield return new PageField(row.Label, row.Value, line.Number);
            yield break;
        }

        foreach (Match m in field.Matches(line.Text))
        {
            var value = m.Groups["value"].Value.Trim();
            if (value.Length > 0)
            {
                yield return new PageField(m.Groups["label"].Value, value, line.Number);
            }
        }
    }
}
