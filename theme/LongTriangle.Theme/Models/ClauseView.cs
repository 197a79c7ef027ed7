namespace LongTriangle.Theme.Models;

/// <summary>
/// One heading or paragraph ready to print: its eId, its text in the page's language (or the Chinese
/// with a "not yet translated" label), its citation in the page's rendition computed by the model, and old ids kept as aliases.
/// </summary>
/// <param name="Level">2–6 for headings, 0 for paragraphs.</param>
/// <param name="Lang">Set when the text is not in the page's language.</param>
/// <param name="Role">The content's role class (notice, preface, fragment, heading-missing) or empty.</param>
/// <param name="RunIn">The run-in heading the text opens with, set in bold.</param>
/// <param name="Concordance">The Outline clauses it implements, or the plans' clauses implementing it.</param>
/// <param name="Gloss">The English of the run-in heading, shown before Chinese that stands in for a missing translation.</param>
/// <param name="Translation">The status of the clause's English (translated, outdated, untranslated, omitted), as page markup.</param>
/// <param name="StatusNote">What the reader is told about the English (not yet translated, outdated, why not), or null.</param>
public sealed record ClauseView(
    string Id,
    int Level,
    string Text,
    string? Lang,
    bool Untranslated,
    string Role,
    string Permalink,
    string Cite,
    IReadOnlyList<string> AliasIds,
    string? RunIn = null,
    Gloss? Gloss = null,
    string Translation = "translated",
    string? StatusNote = null,
    ConcordanceNote? Concordance = null)
{
    public bool IsHeading => Level > 0;

    /// <summary>The editor's corrections in <see cref="Text"/>, in order, shown with what the source copy read.</summary>
    public IReadOnlyList<TextMark> Marks { get; init; } = [];

    /// <summary>The tag of the notes beside <see cref="Marks"/> (in the page's language) when the text is in another language; null when the same.</summary>
    public string? NoteLang { get; init; }

    /// <summary>On a translated clause: the corrections of the Chinese it translates, each said in a note.</summary>
    public IReadOnlyList<CorrectionNote> CorrectionNotes { get; init; } = [];

    /// <summary>Set when the eId named other text before (content/aliases.yml reused): where that text is now.</summary>
    public ReusedIdNote? Reused { get; init; }

    /// <summary>The first paragraph of a fragment of a part missing from the seed: the page labels it as such.</summary>
    public bool OpensFragment { get; init; }
}

/// <summary>A short text in another language than the element it sits in, with its lang tag.</summary>
public sealed record Gloss(string Text, string Lang);
