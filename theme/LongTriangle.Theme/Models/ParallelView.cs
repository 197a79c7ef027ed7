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

/// <summary>One eId in both languages; the row carries the id, the cells the text.</summary>
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
    ConcordanceNote? Concordance = null)
{
    public bool IsHeading => Level > 0;
}
