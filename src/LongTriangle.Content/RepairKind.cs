using LongTriangle.Inputs;

namespace LongTriangle.Content;

/// <summary>
/// The kinds of change the converter records about a seed's text. The converter writes each by its
/// <see cref="RepairKinds.WireName"/> (front matter <c>repairs:</c> counts, provenance <c>repairs[].kind</c>);
/// the site reads them back with <see cref="RepairKinds.Parse"/> and labels them in every rendition.
/// </summary>
public enum RepairKind
{
    Encoding,
    UnicodeNormalisation,
    /// <summary>HTML character references decoded and tags taken out of the scraped text.</summary>
    MarkupRemoved,
    ChromeRemoved,
    ScriptConverted,
    VocabularyRestored,
    PinyinRemoved,
    MojibakeRepaired,
    LostCharacter,
    /// <summary>A lost character named again from evidence beside it (a printed reading, the bytes), with what decided it.</summary>
    LostCharacterRecovered,
    LineRejoined,
    /// <summary>Paragraphs a scraper ran together on one line, split apart again.</summary>
    LineSplit,
    DoubledCharacterRemoved,
    StrayCharacterRemoved,
    /// <summary>Bidirectional overrides, zero-width characters and the like, which make text display other than it reads.</summary>
    InvisibleCharacterRemoved,
    ContinuationMarkerRemoved,
    SpinnerReversed,
    PunctuationRestored,
    /// <summary>A container heading the numbering shows the source lost: only its number is inserted.</summary>
    HeadingInserted,
    /// <summary>A heading the source lost, restored with its words from the official document an editor named.</summary>
    HeadingRestored,
    /// <summary>The source repeats a number (two 三、): the later one's eId is disambiguated, its text untouched.</summary>
    NumberingDisambiguated,
    TitleCleaned,
    /// <summary>An editor's correction from the sidecar; provenance lists these under <c>errata</c>, not <c>repairs</c>.</summary>
    Erratum,
}

/// <summary>How the content format writes a <see cref="RepairKind"/>, and how it is read back.</summary>
public static class RepairKinds
{
    /// <summary>Every kind, in the order of the enum.</summary>
    public static IReadOnlyList<RepairKind> All { get; } = Enum.GetValues<RepairKind>();

    // No default arm: a kind added to the enum without a wire name is a compile error (CS8509). CS8524 only
    // warns of values outside the enum, which no reader produces: Read and Parse return named kinds only.
#pragma warning disable CS8524
    /// <summary>The kebab-case name written in front matter and provenance (contract: docs/content-format.md).</summary>
    public static string WireName(this RepairKind kind) => kind switch
    {
        RepairKind.Encoding => "encoding",
        RepairKind.UnicodeNormalisation => "unicode-normalisation",
        RepairKind.MarkupRemoved => "markup-removed",
        RepairKind.ChromeRemoved => "chrome-removed",
        RepairKind.ScriptConverted => "script-converted",
        RepairKind.VocabularyRestored => "vocabulary-restored",
        RepairKind.PinyinRemoved => "pinyin-removed",
        RepairKind.MojibakeRepaired => "mojibake-repaired",
        RepairKind.LostCharacter => "lost-character",
        RepairKind.LostCharacterRecovered => "lost-character-recovered",
        RepairKind.LineRejoined => "line-rejoined",
        RepairKind.LineSplit => "line-split",
        RepairKind.DoubledCharacterRemoved => "doubled-character-removed",
        RepairKind.StrayCharacterRemoved => "stray-character-removed",
        RepairKind.InvisibleCharacterRemoved => "invisible-character-removed",
        RepairKind.ContinuationMarkerRemoved => "continuation-marker-removed",
        RepairKind.SpinnerReversed => "spinner-reversed",
        RepairKind.PunctuationRestored => "punctuation-restored",
        RepairKind.HeadingInserted => "heading-missing-in-source",
        RepairKind.HeadingRestored => "heading-restored",
        RepairKind.NumberingDisambiguated => "numbering-disambiguated",
        RepairKind.TitleCleaned => "title-cleaned",
        RepairKind.Erratum => "erratum",
    };
#pragma warning restore CS8524

    /// <summary>The kind the content format names <paramref name="wireName"/>; null for a name it does not define.</summary>
    public static RepairKind? Read(string wireName) =>
        All.Cast<RepairKind?>().FirstOrDefault(k => k!.Value.WireName() == wireName);

    /// <summary>
    /// The kind a content file names: a name the format does not define is refused with one line naming
    /// the file, line and key, never passed on as text.
    /// </summary>
    public static RepairKind Parse(string wireName, string file, int? line, string key) =>
        Read(wireName) ?? throw new InputException(file, line, $"'{wireName}' is not a kind of repair (docs/content-format.md lists them)", key);
}
