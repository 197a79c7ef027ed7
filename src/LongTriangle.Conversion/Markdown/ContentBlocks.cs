using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Markdown;

/// <summary>
/// The converter's blocks as the content format's <see cref="Clause"/>: a lost heading has the role
/// heading-missing, a restored one heading-restored, a paragraph its role's class; a run-in heading is the
/// start of the text. Not read from a file, so <see cref="Clause.Line"/> is 0; a paragraph's level is the
/// reader's to compute from its numbering.
/// </summary>
public static class ContentBlocks
{
    public static Clause Of(DocumentBlock block) => block switch
    {
        Heading h => new Clause(h.Id, ClauseKind.Heading, h.Level, h.Text,
            h.Missing ? BlockRole.HeadingMissing : h.RestoredFrom is null ? BlockRole.None : BlockRole.HeadingRestored,
            Line: 0, RunIn: null, h.Numbering),
        Paragraph p => new Clause(p.Id, ClauseKind.Paragraph, 0, p.Text, BlockRoles.Of(p.Role),
            Line: 0, p.RunIn > 0 ? p.Text[..p.RunIn] : null, p.Numbering),
        _ => throw new ArgumentOutOfRangeException(nameof(block)),
    };
}
