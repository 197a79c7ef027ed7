namespace LongTriangle.Theme.Models;

/// <summary>The side-by-side page: Chinese and English clause by clause, aligned by eId.</summary>
public sealed record ParallelView(
    PageFrame Frame,
    string Title,
    string? TitleLang,
    string Notice,
    string ZhHeading,
    string EnHeading,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyList<ParallelRow> Rows,
    ViewSwitch ViewSwitch,
    Link? Previous,
    Link? Next);

/// <summary>
/// One eId in both languages; the row carries the id and the status of the English (data-translation),
/// the cells the text. <paramref name="En"/> is null when there is no English; <paramref name="StatusNote"/>
/// says why, or that the English shown is outdated.
/// </summary>
public sealed record ParallelRow(
    string Id,
    int Level,
    string Role,
    string Permalink,
    string CiteZh,
    string CiteEn,
    IReadOnlyList<string> AliasIds,
    string Zh,
    string? En,
    string UntranslatedLabel,
    string? ZhRunIn = null,
    string? EnRunIn = null,
    string Translation = "translated",
    string? StatusNote = null,
    ConcordanceNote? Concordance = null)
{
    public bool IsHeading => Level > 0;
}
