using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// The note under a regulation's title that says who promulgated it (1996年10月3日 中华人民共和国交通部令第8号发布,
/// 1995年7月28日 国务院发布), as law collections print it: its body is the document's issuer, and a national one
/// keeps a regulation about one city (上海航运交易所管理规定) national.
/// </summary>
public static partial class PromulgationNote
{
    /// <summary>How many paragraphs before the first clause are searched: the note stands under the title.</summary>
    private const int Reach = 6;

    /// <summary>The body named by the first promulgation note of the preface, or null.</summary>
    public static string? Issuer(IEnumerable<DocumentBlock> body) =>
        body.Take(Reach)
            .OfType<Paragraph>()
            .Where(p => p.Role == ParagraphRole.Preface)
            .Select(p => Note().Match(p.Text.Trim()))
            .FirstOrDefault(m => m.Success)?.Groups["issuer"].Value;

    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日\s*(?<issuer>\p{IsCJKUnifiedIdeographs}{2,30}?)(令第[\d一二三四五六七八九十百零〇]+号)?\s*(发布|公布)$")]
    private static partial Regex Note();
}
