using System.Text;
using System.Text.RegularExpressions;

namespace LongTriangle.Publishing.Downloads;

/// <summary>
/// Chromium stamps each PDF with the time it printed it (<c>/CreationDate</c>, <c>/ModDate</c>), the only
/// bytes that differ between two prints of the same page. They are replaced by the document's own date, in
/// the same number of bytes so the PDF's cross-reference offsets stay right, and the site stays
/// byte-identical build after build.
/// </summary>
public static partial class PdfDates
{
    /// <param name="isoDate">The document's date (yyyy-mm-dd), or null for 1 January 2000.</param>
    public static byte[] Fix(byte[] pdf, string? isoDate)
    {
        var digits = isoDate is { Length: 10 } ? isoDate.Replace("-", "", StringComparison.Ordinal) + "000000" : "20000101000000";
        // Latin-1 maps every byte to one char and back, so the binary streams pass through unchanged.
        var text = Encoding.Latin1.GetString(pdf);
        var fixedText = Stamp().Replace(text, m => m.Groups["key"].Value + " (D:" + digits + m.Groups["zone"].Value + ")");
        return Encoding.Latin1.GetBytes(fixedText);
    }

    [GeneratedRegex(@"(?<key>/(?:CreationDate|ModDate)) \(D:\d{14}(?<zone>[^)]{0,8})\)")]
    private static partial Regex Stamp();
}
