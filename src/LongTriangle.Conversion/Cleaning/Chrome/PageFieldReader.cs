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

    public PageFieldReader(ChromeCues cues)
    {
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
