using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// Recognises a notice header at the top of the text by its shape: an addressees line ending with a colon,
/// one or more sentences, an issuer line (an organisation's name), and a date line. Optionally preceded by
/// the notice's own title (…的通知) and its document number (沪府发〔2024〕30号), in either order.
/// </summary>
public static partial class NoticeHeaderReader
{
    /// <summary>How far down the notice's sentences may run before the signature; a longer text is a document, not a covering notice.</summary>
    private const int MostSentenceLines = 4;

    private const int LongestAddressees = 200;
    private const int LongestIssuer = 40;

    /// <summary>The notice header at the start of <paramref name="lines"/> (non-blank, trimmed), or null.</summary>
    public static NoticeHeader? Read(IReadOnlyList<SourceLine> lines)
    {
        var i = 0;
        string? number = null;
        // The number is printed under the notice's title, or above it on many portals.
        if (i < lines.Count && IsDocumentNumber(lines[i].Text)) number = lines[i++].Text;
        if (i < lines.Count && NoticeTitle().IsMatch(lines[i].Text)) i++;
        if (number is null && i < lines.Count && IsDocumentNumber(lines[i].Text)) number = lines[i++].Text;
        if (i >= lines.Count || !IsAddressees(lines[i].Text)) return null;
        i++;

        var sentences = 0;
        (int Start, int Count)? attachments = null;
        while (i < lines.Count && sentences < MostSentenceLines && !IsIssuer(lines[i].Text) && DateLine.Read(lines[i].Text) is null)
        {
            if (attachments is null && AttachmentList(lines, i) is { } count)
            {
                attachments = (i, count);
                i += count;
                continue;
            }
            if (NumberedLine.Read(lines[i].Text) is not null) return null;
            sentences++;
            i++;
        }
        if (sentences == 0) return null;

        string? issuer = null;
        if (i < lines.Count && IsIssuer(lines[i].Text)) issuer = Normalised(lines[i++].Text);
        if (i >= lines.Count || DateLine.Read(lines[i].Text) is not { } written) return null;
        i++;
        if (i < lines.Count && IsPublicationNote(lines[i].Text)) i++;

        // The notice's own title and number, when present, belong to the header too.
        var forwarded = lines.Take(i).Select(l => Forwarding().Match(l.Text)).FirstOrDefault(m => m.Success)?.Groups["title"].Value;
        var header = new NoticeHeader([.. lines.Take(i)], issuer, written, number, forwarded);
        return attachments is { } list ? WithAttachmentList(header, list.Start, list.Count) : header;
    }

    /// <summary>
    /// How many lines the list of attachments starting at <paramref name="at"/> takes (附件：1.重点任务分工表 /
    /// 2.重点项目清单 / …), or null when no such list starts there. Its entries are numbered 1, 2, 3 in turn.
    /// </summary>
    private static int? AttachmentList(IReadOnlyList<SourceLine> lines, int at)
    {
        if (AttachmentNote().Match(lines[at].Text) is not { Success: true } note) return null;
        var next = note.Groups["first"].Success ? 2 : 1;
        var count = 1;
        while (at + count < lines.Count && ListEntry().Match(lines[at + count].Text) is { Success: true } entry
               && int.Parse(entry.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) == next)
        {
            next++;
            count++;
        }
        return count;
    }

    private static NoticeHeader WithAttachmentList(NoticeHeader header, int start, int count)
    {
        if (count == 1) return header;
        var list = header.Lines.Skip(start).Take(count).ToList();
        var joined = list[0] with { Text = string.Join("；", list.Select(l => l.Text.Trim().TrimEnd('；', ';', '，', ',', '。'))) };
        var repair = new Repair(RepairKind.LineRejoined, list[0].Number, string.Join("\n", list.Select(l => l.Text)), joined.Text,
            "the notice's list of attachments, one labelled paragraph (its numbers are not the document's)");
        return header with
        {
            Paragraphs = [.. header.Lines.Take(start), joined, .. header.Lines.Skip(start + count)],
            Repairs = [repair],
        };
    }

    private static bool IsAddressees(string line) =>
        line.Length <= LongestAddressees
        && (line.EndsWith('：') || line.EndsWith(':'))
        && line.IndexOfAny(['。', '《']) < 0
        && NumberedLine.Read(line) is null;

    /// <summary>An organisation's name alone on a line, as a notice or a document is signed.</summary>
    internal static bool IsIssuer(string line) =>
        line.Length <= LongestIssuer && Issuer().IsMatch(line) && DateLine.Read(line) is null && NumberedLine.Read(line) is null;

    /// <summary>A document number alone on a line: 沪府发〔2024〕30号.</summary>
    internal static bool IsDocumentNumber(string line) => DocumentNumber().IsMatch(line);

    /// <summary>(此件公开发布), (此件主动公开) …: the note on publication under a signature.</summary>
    internal static bool IsPublicationNote(string line) => PublicationNote().IsMatch(line);

    internal static string Normalised(string issuer) => Spaces().Replace(issuer, " ");

    // An organisation's name, or several separated by spaces: ends like one (政府, 委员会, 办公厅, 厅, 局 …), no sentence punctuation.
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}（）()\s　]+(政府|委员会|办公厅|办公室|委|厅|局|部|署|院|会|中心|公司|小组|省委|市委|县委|中央)$")]
    private static partial Regex Issuer();

    // 附件：1.重点任务分工表 or 附件: alone, the entries under it; not 附件1 (an annex's own heading).
    [GeneratedRegex(@"^附\s*件\s*[：:]\s*(?<first>1\s*[.．、]\s*\S.*)?$")]
    private static partial Regex AttachmentNote();

    [GeneratedRegex(@"^(?<n>\d{1,2})\s*[.．、]\s*\S")]
    private static partial Regex ListEntry();

    [GeneratedRegex(@"^[^。]{4,120}的通知$")]
    private static partial Regex NoticeTitle();

    // An issuer's abbreviation, a year in brackets and a serial number: 皖政〔2020〕12号, 国发[2019]3号, 沪府发【2024】30号.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,12}\s*[〔\[［(（【]\d{4}[〕\]］)）】]\s*\d{1,4}\s*号$")]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"^[（(]此件[^）)]{0,20}[）)]$")]
    private static partial Regex PublicationNote();

    // 现将《…》印发给你们 / 关于印发《…》的通知 / 转发《…》: the document the notice issues.
    [GeneratedRegex(@"(印发|转发|发布|现将)《(?<title>[^《》]{2,100})》")]
    private static partial Regex Forwarding();

    [GeneratedRegex(@"[\s　]+")]
    private static partial Regex Spaces();
}
