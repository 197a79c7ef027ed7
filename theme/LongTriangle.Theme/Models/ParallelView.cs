namespace LongTriangle.Theme.Models;

/// <summary>The side-by-side page: the Chinese text (in the page's script) and the translation clause by clause, aligned by eId.</summary>
public sealed record ParallelView(
    PageFrame Frame,
    string Title,
    string? TitleLang,
    string Notice,
    string OriginalHeading,
    string OriginalLang,
    string TranslationHeading,
    string TranslationLang,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyList<ParallelRow> Rows,
    ViewSwitch ViewSwitch,
    Link? Previous,
    Link? Next)
{
    /// <summary>The tag of the notes beside corrected places in the Chinese column when they are in the page's language and it differs (null: the same).</summary>
    public string? OriginalNoteLang { get; init; }
}

/// <summary>
/// One eId in both columns; the row carries the id, the citation in the page's rendition and the status of the
/// translation (data-translation), the cells the text. <paramref name="Translated"/> is null when there is no translation; <paramref name="StatusNote"/>
/// says why, or that the English shown is outdated.
/// </summary>
public sealed record ParallelRow(
    string Id,
    int Level,
    string Role,
    string Permalink,
    string Cite,
    IReadOnlyList<string> AliasIds,
    string Original,
    string? Translated,
    string UntranslatedLabel,
    string? OriginalRunIn = null,
    string? TranslatedRunIn = null,
    string Translation = "translated",
    string? StatusNote = null,
    ConcordanceNote? Concordance = null)
{
    public bool IsHeading => Level > 0;

    /// <summary>The editor's corrections in <see cref="Original"/>, shown with what the source copy read.</summary>
    public IReadOnlyList<TextMark> OriginalMarks { get; init; } = [];
}
