namespace LongTriangle.Content;

/// <summary>
/// One heading or paragraph of a document's body, as plain text (Markdown escapes resolved). The site
/// renders the text escaped, so nothing in it can become markup.
/// </summary>
/// <param name="Level">The heading level (2 = the document's top numbering level); for a numbered paragraph the
/// level its numbering gives it (one deeper than the block it is numbered in); 0 for other paragraphs.</param>
/// <param name="Role">The role the content format gives it with a class (notice, preface, fragment, closing, heading-missing, heading-restored).</param>
/// <param name="Line">The line of the Markdown file, for messages (0 for a clause not read from a file: the converter's, before it writes).</param>
/// <param name="RunIn">The heading the paragraph opens with (<c>（一）指导思想</c> of <c>（一）指导思想。以…</c>),
/// written in the content as strong emphasis at its start; always a prefix of <paramref name="Text"/>.</param>
/// <param name="Numbering">The numbering the block opens with, as the converter wrote it (<c>numbering=subsection</c>); null when unnumbered.</param>
public sealed record Clause(ClauseId Id, ClauseKind Kind, int Level, string Text, BlockRole Role, int Line, string? RunIn = null, NumberingKind? Numbering = null)
{
    public bool IsHeading => Kind == ClauseKind.Heading;

    /// <summary>
    /// Where the clause sits in the document's outline: a heading's own level; for a numbered clause with a
    /// run-in heading (<c>part_1__sec_1 numbering=subsection</c> = （一）指导思想。…) the level its numbering gives it
    /// (### under the ## of part_1); null for everything else.
    /// </summary>
    public int? OutlineLevel =>
        IsHeading ? Level
        : RunIn is not null && Numbering is not null ? Level
        : null;

    /// <summary>A heading whose words the source lost: the content holds only its number.</summary>
    public bool IsLostHeading => IsHeading && Role == BlockRole.HeadingMissing;

    /// <summary>Part of the document's own text, not its notice header or closing signature.</summary>
    public bool IsBodyText => Role is not (BlockRole.Notice or BlockRole.Closing);
}
