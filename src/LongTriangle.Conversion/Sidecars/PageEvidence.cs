using System.Globalization;
using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Structure;

namespace LongTriangle.Conversion.Sidecars;

/// <summary>
/// What the metadata table a government site prints above a document (发文字号：…, 成文日期：…) says about
/// the document itself. Only labels that name a property of the document count: a page's posting time
/// (发布时间, 来源 …) dates the web page, not the document, and is never taken for a date of issue.
/// </summary>
public static partial class PageEvidence
{
    private static readonly string[] NumberLabels = ["发文字号", "文号"];
    private static readonly string[] IssuerLabels = ["发文机关", "发布机关", "发布机构"];
    private static readonly string[] WrittenLabels = ["成文日期"];
    private static readonly string[] PublishedLabels = ["发布日期"];

    public static string? Number(IReadOnlyList<PageField> fields) =>
        First(fields, NumberLabels) is { } value && NoticeHeaderReader.IsDocumentNumber(value) ? value : null;

    public static string? Issuer(IReadOnlyList<PageField> fields) =>
        First(fields, IssuerLabels) is { } value && value.Length <= 40 ? value : null;

    public static DateOnly? Written(IReadOnlyList<PageField> fields) => Date(First(fields, WrittenLabels));

    public static DateOnly? Published(IReadOnlyList<PageField> fields) => Date(First(fields, PublishedLabels));

    private static string? First(IReadOnlyList<PageField> fields, string[] labels) =>
        fields.FirstOrDefault(f => labels.Contains(f.Label, StringComparer.Ordinal))?.Value.Trim();

    /// <summary>2019年12月1日, 2019-12-01 or 2019/12/1, alone or followed by a time of day.</summary>
    private static DateOnly? Date(string? value)
    {
        if (value is null) return null;
        var match = DateValue().Match(value);
        if (!match.Success) return null;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (year is < 1949 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    [GeneratedRegex(@"^(?<y>\d{4})\s*[年\-/.]\s*(?<m>\d{1,2})\s*[月\-/.]\s*(?<d>\d{1,2})\s*日?(\s+\d{1,2}:\d{2}(:\d{2})?)?$")]
    private static partial Regex DateValue();

}
