using System.Collections.Immutable;
using LongTriangle.Conversion.Cleaning;
using LongTriangle.Conversion.Cleaning.Chrome;
using LongTriangle.Conversion.Cleaning.Layout;
using LongTriangle.Conversion.Cleaning.Markup;
using LongTriangle.Conversion.Cleaning.Slips;
using LongTriangle.Conversion.Cleaning.Spinner;
using LongTriangle.Conversion.Markdown;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Reading;
using LongTriangle.Conversion.Sidecars;
using LongTriangle.Conversion.Structure;

namespace LongTriangle.Conversion;

/// <summary>
/// The one place where the converter's stages are listed, in the order they run:
/// <code>
/// Read → HtmlPage → Markup → Invisible → Pinyin → Mojibake → Script → Vocabulary → LostCharacters → Residue
///      → MarkdownSource → OrdinalSlip → EdgeBar → TableOfContents → FlattenedTable → CollapsedLines → WikiMarkup → Chrome → ChunkMarker → PageFurniture → ContinuationMarker → LineRejoin → GluedHeading → StraySeparator → Spinner → Punctuation
///      → Structure → Errata → RunInHeading → Markdown
/// </code>
/// Each stage is a small pure function over an immutable model; this class only wires them. The tables
/// the stages use are loaded once, when the pipeline is built, and shared by every seed.
/// </summary>
public sealed class ConversionPipeline
{
    private readonly SeedReader reader;

    public ConversionPipeline() : this(new CharacterStages()) { }

    public ConversionPipeline(CharacterStages characters)
    {
        reader = characters.Reader;
        CleaningStages =
        [
            // Character level, before anything judges lines: annotations and garbling hide the text.
            .. characters.AfterReading,
            // Line level: what a line is (chrome or text) is judged on clean characters.
            // A Markdown copy's marks are read (front matter, headings, bold, tables) before lines are judged.
            new MarkdownSourceStage(),
            // Slips that hide a line's numbering (笫一章) or edge (一、总体要求 |) go before lines are judged.
            new OrdinalSlipStage(),
            new EdgeBarStage(),
            // A table of contents would read as a second set of headings.
            new TableOfContentsStage(),
            new FlattenedTableStage(),
            new CollapsedLinesStage(),
            // A wiki's edit links and skip links are cut before chrome judges what lines are left.
            new WikiMarkupStage(),
            new ChromeStage(ChromeCues.Embedded),
            // Page numbers and running headers go before rejoining, so the sentence a page break cut mends.
            // A PDF's extracted text: chunk markers, then page numbers, go before rejoining.
            new ChunkMarkerStage(),
            new PageFurnitureStage(),
            new ContinuationMarkerStage(),
            new LineRejoinStage(),
            // A heading the extraction ran into a paragraph is found once the paragraph is whole.
            new GluedHeadingStage(),
            new StraySeparatorStage(),
            // Spinning is reversed on whole paragraphs, so a phrase split by a print break is still found.
            new SpinnerStage(SpinnerPhraseTable.Embedded),
            // Last: a "?" must have been judged lost (□) or kept before it can become "？".
            characters.Punctuation,
        ];
    }

    /// <summary>The cleaning stages between reading and structure, in order.</summary>
    public ImmutableArray<ICleaningStage> CleaningStages { get; }

    /// <summary>Converts one seed into a document (everything but writing files).</summary>
    public ConvertedDocument Convert(Seed seed, SeedSidecar sidecar, SiteRegions regions)
    {
        var text = reader.Read(seed);                                       // Read
        foreach (var stage in CleaningStages) text = stage.Apply(text);     // Markup … Punctuation
        var structure = StructureStage.Apply(text, sidecar);                // Structure (with the sidecar's restored headings)
        structure = ErrataStage.Apply(structure, sidecar);                  // Errata
        structure = RunInHeading.Mark(structure);                           // RunInHeading
        return DocumentAssembler.Assemble(text, structure, sidecar, regions);
    }

    /// <summary>The Markdown and provenance files of a converted document.</summary>
    public static ConvertedFiles Write(ConvertedDocument document) => MarkdownStage.Write(document); // Markdown
}
