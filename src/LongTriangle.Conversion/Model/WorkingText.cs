using System.Collections.Immutable;

namespace LongTriangle.Conversion.Model;

/// <summary>
/// The seed's text between reading and structure: lines plus everything learnt and repaired so far.
/// Immutable: every cleaning stage maps one <see cref="WorkingText"/> to the next.
/// </summary>
public sealed record WorkingText(
    Seed Seed,
    ImmutableArray<SourceLine> Lines,
    ImmutableList<Repair> Repairs,
    ImmutableList<SourceLine> RemovedLines,
    TextFacts Facts)
{
    public static WorkingText Start(Seed seed, IEnumerable<SourceLine> lines, IEnumerable<Repair>? readingRepairs = null) =>
        new(seed, [.. lines], [.. readingRepairs ?? []], [], TextFacts.Unknown);

    public WorkingText WithLines(IEnumerable<SourceLine> lines) => this with { Lines = [.. lines] };

    public WorkingText AddRepairs(IEnumerable<Repair> repairs) => this with { Repairs = Repairs.AddRange(repairs) };

    public WorkingText AddRemoved(IEnumerable<SourceLine> removed) => this with { RemovedLines = RemovedLines.AddRange(removed) };

    /// <summary>
    /// Readings printed after lost characters, handed from the pinyin stage to the stage right after it that
    /// realigns the damaged bytes, which consumes them (positions hold only until then).
    /// </summary>
    public ImmutableArray<PrintedReading> LostReadings { get; init; } = [];
}

/// <summary>What stages have learnt about the seed that is not text: script, spinning, site, notice header.</summary>
public sealed record TextFacts(
    SourceScript Script,
    bool RestoredFromSpunCopy,
    string? SourceWebsite,
    string? TitleFromChrome)
{
    public static TextFacts Unknown { get; } = new(SourceScript.Simplified, false, null, null);

    /// <summary>
    /// The seed line where the text continues a part the seed does not contain (it followed an
    /// "上接第N版" marker before the first heading). That line and the lines after it up to the first
    /// heading are a fragment (<c>.fragment</c>, <c>fragment__para_N</c>); null when there is none.
    /// </summary>
    public int? LeadingFragmentLine { get; init; }

    /// <summary>
    /// What the seed lacks at its end, when its last line is a continuation marker pointing on
    /// (下转第四版 → "下转第四版的内容"): the document goes on in a part the seed does not contain, so it
    /// is partial. Null when the seed does not end that way.
    /// </summary>
    public string? TrailingMissing { get; init; }

    /// <summary>
    /// The name in 《》 of the document a page's introduction announces (……发布《X》，全文如下：). The page
    /// may name the document the text implements rather than the text itself: evidence, not the title.
    /// </summary>
    public string? IntroducedTitle { get; init; }

    /// <summary>
    /// Whether the seed's format makes every blank line a paragraph break (a Markdown copy), so that no
    /// stage joins text across one; otherwise the layout stages judge blank lines from the text.
    /// </summary>
    public bool BlankLinesEndParagraphs { get; init; }

    /// <summary>Labelled values the page printed about the document (索引号, 发文字号, 成文日期, 来源 …), in page order.</summary>
    public ImmutableArray<PageField> PageFields { get; init; } = [];
}
