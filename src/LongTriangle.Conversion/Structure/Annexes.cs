using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// The annexes printed after a document's signature (附件1 / 长三角港口群重点项目清单 / 一、… / 附件2 …). Each
/// carries its own numbering, which must not be read as more of the document's: the annexes are split
/// off the body, and each becomes a section <c>annex_N</c> whose headings and clauses keep their own eIds
/// below it (<c>annex_1__part_1__item_2</c>). Only lines after a signature start annexes, so that the
/// attachment note above a signature (附件：1.…) stays what it is.
/// </summary>
public static partial class Annexes
{
    /// <summary>Where the first annex starts in <paramref name="body"/>, or null when the document has none.</summary>
    public static int? Start(IReadOnlyList<SourceLine> body)
    {
        // An annex has content under its heading; a last line 附件：重点任务分工表 only names a download.
        for (var i = 1; i < body.Count - 1; i++)
        {
            if (IsAnnexHeading(body[i].Text) && ClosingSignature.Find([.. body.Take(i)]) is not null) return i;
            // A glossary (名词解释) after the text is an appendix of its own, signed or not.
            if (IsGlossaryHeading(body[i].Text)) return i;
        }
        return null;
    }

    /// <summary>The annexes' lines, one list per annex, each starting with its 附件N line.</summary>
    public static List<List<SourceLine>> Split(IEnumerable<SourceLine> lines)
    {
        var annexes = new List<List<SourceLine>>();
        foreach (var line in lines)
        {
            if (IsAnnexHeading(line.Text) || IsGlossaryHeading(line.Text) || annexes.Count == 0) annexes.Add([]);
            annexes[^1].Add(line);
        }
        return annexes;
    }

    private static bool IsAnnexHeading(string line) => AnnexHeading().IsMatch(line.Trim());

    private static bool IsGlossaryHeading(string line) => GlossaryHeading().IsMatch(line.Trim());

    // 名词解释 / 术语解释 / 附：名词解释, alone on its line.
    [GeneratedRegex(@"^(附[：:]?\s*)?(名词解释|名词释义|术语解释|术语和定义|用语含义)[：:]?$")]
    private static partial Regex GlossaryHeading();

    // 附件 / 附件1 / 附件 2 / 附件一, alone or with the annex's title after it (附件1：重点项目清单), no sentence;
    // not the attachment note that lists them (附件：1.重点任务分工表).
    [GeneratedRegex(@"^附件\s*[0-9０-９一二三四五六七八九十]{0,3}\s*([：:]\s*(?![0-9０-９])[^。；！？]{1,60})?$")]
    private static partial Regex AnnexHeading();
}
