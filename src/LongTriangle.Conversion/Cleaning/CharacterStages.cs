using LongTriangle.Conversion.Cleaning.LostText;
using LongTriangle.Conversion.Cleaning.Markup;
using LongTriangle.Conversion.Cleaning.Pinyin;
using LongTriangle.Conversion.Cleaning.Punctuation;
using LongTriangle.Conversion.Cleaning.Script;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Conversion.Cleaning;

/// <summary>
/// The reader and the character-level stages, built once with their tables (loaded from the embedded
/// Data/ files) and shared. The order matters: HTML left by the scraper goes first (every later stage
/// judges the characters a reader would see), then pinyin annotations (they hide the garbled
/// bytes behind them), garbling is undone before script conversion (it re-encodes the characters as
/// they stand), lost characters are marked after both (then the misread residue beside them), and punctuation runs last, after the line and
/// layout stages, so that a "?" has been judged lost or not before it can become "？".
/// </summary>
public sealed class CharacterStages
{
    public CharacterStages()
    {
        var encodings = new LegacyEncodings();
        var hanzi = new CommonHanzi(encodings);
        Reader = new SeedReader(new EncodingDetector(encodings, hanzi), UnicodeNormaliser.LoadEmbedded());
        Markup = new HtmlResidueStage();
        Pinyin = new PinyinAnnotationStage(MandarinReadings.LoadEmbedded());
        Mojibake = new MojibakeRepairStage(encodings, hanzi);
        Script = new ScriptConversionStage(ScriptTables.LoadEmbedded(encodings));
        Vocabulary = new VocabularyRestorationStage(TaiwanVocabulary.LoadEmbedded());
        LostCharacters = new LostCharacterStage();
        Residue = new GarbledResidueStage(hanzi);
        Punctuation = new PunctuationStage();
    }

    public SeedReader Reader { get; }
    /// <summary>A seed that is a whole web page is read by its elements before anything else.</summary>
    public HtmlPageStage Page { get; } = new();

    public HtmlResidueStage Markup { get; }
    public PinyinAnnotationStage Pinyin { get; }
    public MojibakeRepairStage Mojibake { get; }
    public ScriptConversionStage Script { get; }
    public VocabularyRestorationStage Vocabulary { get; }
    public LostCharacterStage LostCharacters { get; }
    public GarbledResidueStage Residue { get; }
    public PunctuationStage Punctuation { get; }

    /// <summary>The stages to run right after reading, in order.</summary>
    public IReadOnlyList<ICleaningStage> AfterReading => [Page, Markup, Pinyin, Mojibake, Script, Vocabulary, LostCharacters, Residue];
}
