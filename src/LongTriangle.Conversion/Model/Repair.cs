namespace LongTriangle.Conversion.Model;

/// <summary>One change a stage made to the seed's text, kept so that readers can see what was repaired.</summary>
/// <param name="Kind">One of <see cref="RepairKind"/>.</param>
/// <param name="Line">The seed line the change applies to.</param>
/// <param name="Before">The text as it was (may be empty for insertions).</param>
/// <param name="After">The text as it became (may be empty for deletions).</param>
/// <param name="Note">Why, when the kind alone does not say it.</param>
public sealed record Repair(string Kind, int Line, string Before, string After, string? Note = null)
{
    /// <summary>The clause the change is in, once the structure is known (errata, split repairs).</summary>
    public string? Eid { get; init; }

    /// <summary>Where the right reading was established (an erratum's source), when stated.</summary>
    public string? Source { get; init; }
}

/// <summary>The kinds of repair, as written into front matter and provenance.</summary>
public static class RepairKind
{
    public const string Encoding = "encoding";
    public const string UnicodeNormalisation = "unicode-normalisation";
    /// <summary>HTML character references decoded and tags taken out of the scraped text.</summary>
    public const string MarkupRemoved = "markup-removed";
    public const string ChromeRemoved = "chrome-removed";
    public const string ScriptConverted = "script-converted";
    public const string VocabularyRestored = "vocabulary-restored";
    public const string PinyinRemoved = "pinyin-removed";
    public const string MojibakeRepaired = "mojibake-repaired";
    public const string LostCharacter = "lost-character";
    /// <summary>A lost character named again from evidence beside it (a printed reading, the bytes), with what decided it.</summary>
    public const string LostCharacterRecovered = "lost-character-recovered";
    public const string LineRejoined = "line-rejoined";
    /// <summary>Paragraphs a scraper ran together on one line, split apart again.</summary>
    public const string LineSplit = "line-split";
    public const string DoubledCharacterRemoved = "doubled-character-removed";
    public const string StrayCharacterRemoved = "stray-character-removed";
    /// <summary>Bidirectional overrides, zero-width characters and the like, which make text display other than it reads.</summary>
    public const string InvisibleCharacterRemoved = "invisible-character-removed";
    public const string ContinuationMarkerRemoved = "continuation-marker-removed";
    public const string SpinnerReversed = "spinner-reversed";
    public const string PunctuationRestored = "punctuation-restored";
    public const string HeadingInserted = "heading-missing-in-source";
    /// <summary>A heading the source lost, restored with its words from the official document an editor named.</summary>
    public const string HeadingRestored = "heading-restored";
    /// <summary>The source repeats a number (two 三、): the later one's eId is disambiguated, its text untouched.</summary>
    public const string NumberingDisambiguated = "numbering-disambiguated";
    public const string TitleCleaned = "title-cleaned";
    public const string Erratum = "erratum";
}
