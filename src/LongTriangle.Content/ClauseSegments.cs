namespace LongTriangle.Content;

/// <summary>
/// The eId segment names that are not a level of numbering (those are <see cref="NumberingKinds.Segment"/>), and
/// the names of the numbering kinds that segment rules outside that enum's reach (<c>subsec</c>) or other code cites:
/// the table of docs/content-format.md, defined once for the converter that builds ids and the site that cites them.
/// </summary>
public static class ClauseSegments
{
    /// <summary>An unnumbered paragraph, by position within its parent: <c>para_N</c>.</summary>
    public const string Paragraph = "para";
    /// <summary>Before the first heading, and the preface's own heading (前言, 序言, 引言).</summary>
    public const string Preface = "preface";
    /// <summary>The notice header.</summary>
    public const string Notice = "notice";
    /// <summary>The closing signature (落款).</summary>
    public const string Closing = "closing";
    /// <summary>The tail of a part missing from the seed.</summary>
    public const string Fragment = "fragment";
    /// <summary>An annex after the signature, or a glossary after the text: <c>annex_N</c> (<see cref="NumberingKind.Annex"/>).</summary>
    public const string Annex = "annex";
    /// <summary>（一） in a document that also has 第N节 (which is <c>sec</c>).</summary>
    public const string Subsection = "subsec";

    /// <summary>A numbered segment: <c>para</c> and 3 → <c>para_3</c>.</summary>
    public static string Numbered(string name, int number) => $"{name}_{number}";
}
