using System.Collections.Immutable;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// The signature a document ends with (落款): the issuing organisations, one per line, then the date, and
/// perhaps a note on publication (（此件公开发布）). It is not part of the last clause: its lines become the
/// closing section of the body, and its issuer and date are the document's issuer and 成文日期. Web pages
/// often list the attachments (附件：…) under the signature rather than above it; such a list closes the
/// document with the signature.
/// </summary>
public sealed record ClosingSignature(ImmutableArray<SourceLine> Lines, string Issuer, DateOnly Written)
{
    /// <summary>Joint issuers sign on separate lines; more than this is a list, not a signature.</summary>
    private const int MostIssuerLines = 4;

    /// <summary>How many lines an attachment list under the signature may take.</summary>
    private const int MostAttachmentLines = 10;

    private static bool IsAttachmentNote(string line) =>
        line.StartsWith("附件", StringComparison.Ordinal) && line.Length > 2 && "：:0123456789１２３４５６７８９ ".Contains(line[2]);

    /// <summary>The signature at the end of <paramref name="body"/> (non-blank, trimmed lines), or null; there must be text before it.</summary>
    public static ClosingSignature? Find(IReadOnlyList<SourceLine> body)
    {
        var i = body.Count - 1;
        var attachments = i;
        while (attachments >= 0 && !IsAttachmentNote(body[attachments].Text) && body.Count - attachments <= MostAttachmentLines) attachments--;
        if (attachments >= 0 && IsAttachmentNote(body[attachments].Text)) i = attachments - 1;
        if (i >= 0 && NoticeHeaderReader.IsPublicationNote(body[i].Text)) i--;
        if (i < 0 || DateLine.Read(body[i].Text) is not { } written) return null;
        i--;

        var issuers = new List<string>();
        while (i >= 0 && issuers.Count < MostIssuerLines && NoticeHeaderReader.IsIssuer(body[i].Text))
            issuers.Insert(0, NoticeHeaderReader.Normalised(body[i--].Text));
        var start = i + 1;
        if (issuers.Count == 0 || start == 0) return null;

        return new ClosingSignature([.. body.Skip(start)], string.Join(" ", issuers), written);
    }
}
