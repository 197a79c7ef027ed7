using System.Collections.Immutable;
using System.Text;
using LongTriangle.Conversion.Cleaning;
using LongTriangle.Conversion.Markdown;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Sidecars;
using LongTriangle.Conversion.Structure;

namespace LongTriangle.Conversion;

/// <summary>
/// The one place where the converter's stages are listed, in the order they run:
/// <code>
/// Read → Pinyin → Script → LostText → Chrome → Layout → Spinner → Punctuation → Structure → Errata → Markdown
/// </code>
/// Each stage is a small pure function over an immutable model; this class only wires them.
/// </summary>
public sealed class ConversionPipeline
{
    /// <summary>The cleaning stages between reading and structure, in order.</summary>
    public ImmutableArray<ICleaningStage> CleaningStages { get; } =
    [
        // Pinyin       — NOT YET MERGED (branch chars): removes pinyin annotations such as 區(qū).
        // Script       — NOT YET MERGED (branch chars): Traditional → Simplified, Taiwan vocabulary.
        // LostText     — NOT YET MERGED (branch chars): mojibake repair, □ for characters lost beyond repair.
        // Chrome       — NOT YET MERGED (branch lines): website navigation, footers, source lines; clean title.
        // Layout       — NOT YET MERGED (branch lines): rejoins broken lines, continuation markers, leading fragment.
        // Spinner      — NOT YET MERGED (branch lines): reverses synonym spinning.
        // Punctuation  — NOT YET MERGED (branch chars): ASCII punctuation in Chinese text → full-width.
    ];

    /// <summary>Converts one seed into a document (everything but writing files).</summary>
    public PolicyDocument Convert(Seed seed, SeedSidecar sidecar, SiteRegions regions)
    {
        var text = Read(seed);                                              // Read
        foreach (var stage in CleaningStages) text = stage.Apply(text);     // Pinyin … Punctuation
        var structure = StructureStage.Apply(text);                         // Structure
        structure = ErrataStage.Apply(structure, sidecar);                  // Errata
        return DocumentAssembler.Assemble(text, structure, sidecar, regions);
    }

    /// <summary>The Markdown and provenance files of a converted document.</summary>
    public static ConvertedFiles Write(PolicyDocument document) => MarkdownStage.Write(document); // Markdown

    /// <summary>
    /// Read — NOT YET MERGED (branch chars: Reading/SeedReader detects UTF-8/16, GB18030 and Big5, normalises).
    /// Until then: strict UTF-8 only, so a seed in another encoding fails with a clear error instead of
    /// being converted as garbage.
    /// </summary>
    private static WorkingText Read(Seed seed)
    {
        string decoded;
        try
        {
            decoded = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(seed.Bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ConversionException(seed.FullPath, null, "the seed is not UTF-8 (other encodings are read once the Reading stage is merged)");
        }
        var lines = decoded.TrimStart('\ufeff').Split('\n').Select((l, i) => new SourceLine(i + 1, l.TrimEnd('\r')));
        return WorkingText.Start(seed, lines);
    }
}
