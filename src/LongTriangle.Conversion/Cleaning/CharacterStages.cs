using LongTriangle.Conversion.Cleaning.Invisible;
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
/// judges the characters a reader would see), then invisible characters (a reference can decode to one), then pinyin annotations (they hide the garbled
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
        Invisible = new InvisibleCharacterStage();
        var readings = MandarinReadings.LoadEmbedded();
        var scriptTables = ScriptTables.LoadEmbedded(encodings);
        var words = new NeighbourWordChoice(hanzi, scriptTables, ChineseWordPairs.LoadEmbedded());
        Pinyin = new PinyinAnnotationStage(readings, new LostCharacterByReading(readings, words, encodings));
        Mojibake = new MojibakeRepairStage(encodings, hanzi, words, readings);
        Script = new ScriptConversionStage(scriptTables);
        Vocabulary = new VocabularyRestorationStage(TaiwanVocabulary.LoadEmbedded());
        LostCharacters = new LostCharacterStage();
        Residue = new GarbledResidueStage(hanzi);
        Punctuation = new PunctuationStage();
    }

    public SeedReader Reader { get; }
    /// <summary>A seed that is a whole web page is read by its elements before anything else.</summary>
    public HtmlPageStage Page { get; } = new();

    public HtmlResidueStage Markup { get; }
    public InvisibleCharacterStage Invisible { get; }
    public PinyinAnnotationStage Pinyin { get; }
    public MojibakeRepairStage Mojibake { get; }
    public ScriptConversionStage Script { get; }
    public VocabularyRestorationStage Vocabulary { get; }
    public LostCharacterStage LostCharacters { get; }
    public GarbledResidueStage Residue { get; }
    public PunctuationStage Punctuation { get; }

    /// <summary>The stages to run right after reading, in order.</summary>
    public IReadOnlyList<ICleaningStage> AfterReading => [Page, Markup, Invisible, Pinyin, Mojibake, Script, Vocabulary, LostCharacters, Residue];
}
