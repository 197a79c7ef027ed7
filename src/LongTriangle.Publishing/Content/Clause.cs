using System.Collections.Immutable;

namespace LongTriangle.Publishing.Content;

/// <summary>
/// One heading or paragraph of a document's body, as plain text (Markdown escapes resolved). The site
/// renders the text escaped, so nothing in it can become markup.
/// </summary>
/// <param name="Level">The heading level (2 = the document's top numbering level); 0 for paragraphs.</param>
/// <param name="Classes">Role classes from the content format: heading-missing, notice, preface, fragment.</param>
/// <param name="Line">The line of the Markdown file, for messages.</param>
public sealed record Clause(ClauseId Id, ClauseKind Kind, int Level, string Text, ImmutableArray<string> Classes, int Line)
{
    public bool IsHeading => Kind == ClauseKind.Heading;

    public bool HasClass(string name) => Classes.Contains(name, StringComparer.Ordinal);
}
