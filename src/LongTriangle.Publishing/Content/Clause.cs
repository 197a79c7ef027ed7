using System.Collections.Immutable;

namespace LongTriangle.Publishing.Content;

/// <summary>
/// One heading or paragraph of a document's body, as plain text (Markdown escapes resolved). The site
/// renders the text escaped, so nothing in it can become markup.
/// </summary>
/// <param name="Level">The heading level (2 = the document's top numbering level); 0 for paragraphs.</param>
/// <param name="Role">The role the content format gives it with a class (notice, preface, fragment, closing, heading-missing, heading-restored).</param>
/// <param name="Line">The line of the Markdown file, for messages.</param>
/// <param name="RunIn">The heading the paragraph opens with (<c>（一）指导思想</c> of <c>（一）指导思想。以…</c>),
/// written in the content as strong emphasis at its start; always a prefix of <paramref name="Text"/>.</param>
public sealed record Clause(ClauseId Id, ClauseKind Kind, int Level, string Text, BlockRole Role, int Line, string? RunIn = null)
{
    /// <summary>Markdown's deepest heading level; deeper numbering shares it.</summary>
    private const int DeepestLevel = 6;

    public bool IsHeading => Kind == ClauseKind.Heading;

    /// <summary>
    /// Where the clause sits in the document's outline: a heading's own level; for a numbered clause with a
    /// run-in heading (<c>part_1__sec_1</c> = （一）指导思想。…) the level its numbering gives it, one per eId
    /// segment as for headings (## for part_1, ### for part_1__sec_1); null for everything else.
    /// </summary>
    public int? OutlineLevel =>
        IsHeading ? Level
        : RunIn is not null && Id.Segments[^1] is { Number: not null, Kind: not ClauseSegments.Paragraph } ? Math.Min(Id.Segments.Length + 1, DeepestLevel)
        : null;

    /// <summary>A heading whose words the source lost: the content holds only its number.</summary>
    public bool IsLostHeading => IsHeading && Role == BlockRole.HeadingMissing;

    /// <summary>Part of the document's own text, not its notice header or closing signature.</summary>
    public bool IsBodyText => Role is not (BlockRole.Notice or BlockRole.Closing);
}
