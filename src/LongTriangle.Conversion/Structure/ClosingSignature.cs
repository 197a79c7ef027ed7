using System.Collections.Immutable;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// The signature a document ends with (落款): the issuing organisations, one per line, then the date, and
/// perhaps a note on publication (（此件公开发布）). It is not part of the last clause: its lines become the
/// closing section of the body, and its issuer and date are the document's issuer and 成文日期. The
/// attachment note above it (附件：1．…), or a list web pages put under it, and the 版记 (抄送：…, …印发)
/// close the document with it.
/// </summary>
public sealed record ClosingSignature(ImmutableArray<SourceLine> Lines, string Issuer, DateOnly Written)
{
    /// <summary>Joint issuers sign on separate lines; more than this is a list, not a signature.</summary>
    private const int MostIssuerLines = 4;

    /// <summary>How many lines an attachment list under the signature may take.</summary>
    private const int MostAttachmentLines = 10;

    private static bool IsColophon(string line) =>
        line.StartsWith("抄送", StringComparison.Ordinal) || line.StartsWith("分送", StringComparison.Ordinal)
        || line.EndsWith("印发", StringComparison.Ordinal) && line.Contains('年', StringComparison.Ordinal);

    /// <summary>A further attachment under 附件：1．…: a number and a short title, no sentence.</summary>
    private static bool IsAttachmentItem(string line) =>
        NumberedLine.Read(line) is { Kind: NumberingKind.Item } && line.Length <= 60 && !line.Contains('。', StringComparison.Ordinal);

    private static bool IsAttachmentNote(string line) =>
        line.StartsWith("附件", StringComparison.Ordinal) && line.Length > 2 && "：:0123456789１２３４５６７８９ ".Contains(line[2]);

    /// <summary>The signature at the end of <paramref name="body"/> (non-blank, trimmed lines), or null; there must be text before it.</summary>
    public static ClosingSignature? Find(IReadOnlyList<SourceLine> body)
    {
        if (FindEndingAt(body, body.Count - 1) is { } signature) return signature;

        // Web pages often list the attachments under the signature rather than above it.
        var attachments = body.Count - 1;
        while (attachments >= 0 && !IsAttachmentNote(body[attachments].Text) && body.Count - attachments <= MostAttachmentLines) attachments--;
        if (attachments <= 0 || !IsAttachmentNote(body[attachments].Text) || FindEndingAt(body, attachments - 1) is not { } above) return null;
        var start = attachments - above.Lines.Length;
        return above with { Lines = [.. body.Skip(start)] };
    }

    private static ClosingSignature? FindEndingAt(IReadOnlyList<SourceLine> body, int last)
    {
        var i = last;
        // The 版记 under the signature: 抄送：…, and the line naming who printed it when (…2023年4月14日印发).
        while (i >= 0 && last - i < MostAttachmentLines && IsColophon(body[i].Text)) i--;
        if (i >= 0 && NoticeHeaderReader.IsPublicationNote(body[i].Text)) i--;
        if (i < 0 || DateLine.Read(body[i].Text) is not { } written) return null;
        i--;

        var issuers = new List<string>();
        while (i >= 0 && issuers.Count < MostIssuerLines && NoticeHeaderReader.IsIssuer(body[i].Text))
            issuers.Insert(0, NoticeHeaderReader.Normalised(body[i--].Text));
        var start = i + 1;
        if (issuers.Count == 0 || start == 0) return null;

        // The attachment note stands between the text and the signature: 附件：1．… then 2．… on lines of their own.
        for (var a = start - 1; a > 0 && start - a <= MostAttachmentLines; a--)
        {
            if (IsAttachmentNote(body[a].Text))
            {
                start = a;
                break;
            }
            if (!IsAttachmentItem(body[a].Text)) break;
        }

        return new ClosingSignature([.. body.Skip(start).Take(last + 1 - start)], string.Join(" ", issuers), written);
    }
}
