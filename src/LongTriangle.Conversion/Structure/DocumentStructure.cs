using System.Collections.Immutable;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// What the structure stage found: the body blocks with eIds, the notice header and closing signature (if any), the
/// document number printed beside the title (if any), the title line
/// as the source gives it (if found), the repairs made to the structure, and what the numbering shows is
/// missing at the start (e.g. 第一章至第七章).
/// </summary>
public sealed record DocumentStructure(
    ImmutableArray<DocumentBlock> Body,
    NoticeHeader? Notice,
    SourceLine? TitleLine,
    ImmutableList<Repair> Repairs,
    ImmutableArray<string> MissingParts,
    ClosingSignature? Closing = null,
    string? Number = null)
{
    public bool HasFragment => Body.Any(b => b is Paragraph { Role: ParagraphRole.Fragment });

    public int MissingHeadings => Body.Count(b => b is Heading { Missing: true });
}
