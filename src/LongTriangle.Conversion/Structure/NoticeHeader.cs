using System.Collections.Immutable;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// The covering notice a document is issued with (关于印发…的通知): addressees, the forwarding sentence
/// (现将《…》印发给你们…), the issuer and the date. Its lines are the notice section of the body; its
/// issuer and date are the document's issuer and 成文日期; the document it forwards (《…》) names the
/// document when the seed does not repeat its title. <see cref="Lines"/> are the seed lines the header takes;
/// <see cref="Paragraphs"/> are its paragraphs, where the list of attachments (附件：1.… / 2.…) is one labelled
/// paragraph (附件：1.…；2.…) rather than numbered items that would read as the document's own numbering.
/// </summary>
public sealed record NoticeHeader(ImmutableArray<SourceLine> Lines, string? Issuer, DateOnly? Written, string? Number, string? ForwardedTitle)
{
    public ImmutableArray<SourceLine> Paragraphs { get; init; } = Lines;

    /// <summary>The joining of the attachment list's lines, recorded.</summary>
    public ImmutableArray<Repair> Repairs { get; init; } = [];
}
