using LongTriangle.Conversion.Cleaning.Script;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Conversion.Tests;

/// <summary>The embedded tables, loaded once per test class (xunit class fixture).</summary>
public sealed class ConversionData
{
    public ConversionData()
    {
        Encodings = new LegacyEncodings();
        Hanzi = new CommonHanzi(Encodings);
        Normaliser = UnicodeNormaliser.LoadEmbedded();
        Script = ScriptTables.LoadEmbedded(Encodings);
        Vocabulary = TaiwanVocabulary.LoadEmbedded();
        Reader = new SeedReader(new EncodingDetector(Encodings, Hanzi), Normaliser);
    }

    public LegacyEncodings Encodings { get; }
    public CommonHanzi Hanzi { get; }
    public UnicodeNormaliser Normaliser { get; }
    public ScriptTables Script { get; }
    public TaiwanVocabulary Vocabulary { get; }
    public SeedReader Reader { get; }
}
