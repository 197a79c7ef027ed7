using System.Text;
using LongTriangle.Cli.Terminal;
using LongTriangle.Conversion;
using LongTriangle.Conversion.Collation;

namespace LongTriangle.Cli.Commands;

/// <summary>
/// Reports the variant readings between documents that share passages: for each place, both witnesses
/// (document and clause) and what each reads, inside the words both share. The editor decides each place
/// in the seed's sidecar (errata, with a reason and a source). An outside copy of the official text (kept
/// outside the repository) can be collated as one more witness.
/// </summary>
public sealed class CollateCommand : ICommand
{
    public string Name => "collate";

    public string Summary => "Report where documents that share passages read differently";

    public string Help => $"""
        Usage: longtriangle collate [options]

        Converts the seeds in memory (nothing is written), finds the passages the documents share
        (a plan quoting the Outline or another plan), aligns them and prints every variant reading:
          <document>#<eId>  …shared〔this reading | other reading〕shared…  <other document>#<eId>

        Options:
          --seeds DIR      the folder of seeds (default: seeds/)
          --content DIR    the content folder with site.yml (default: content/)
          --witness FILE   also collate this plain-text copy (one paragraph a line), e.g. the official text
          --document SLUG  only the variants of this document
          --verbose        print the details of an unexpected error
          --help           show this help

        {ExitCodes.HelpText}
        """;

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public IReadOnlySet<string> Options { get; } = new HashSet<string> { "--seeds", "--content", "--witness", "--document" };

    public int Run(CommandLine line, CommandContext context)
    {
        var seeds = context.PathOption(line, "--seeds", "seeds");
        var content = context.PathOption(line, "--content", "content");
        var documents = new ContentConverter().ConvertAll(seeds, content).Select(c => c.Document).ToList();
        var witnesses = documents.SelectMany(d => d.Witnesses).ToList();
        if (line.Value("--witness", "") is { Length: > 0 } file) witnesses.AddRange(OutsideWitness(Path.GetFullPath(file, context.WorkingDirectory)));

        var only = line.Value("--document", "");
        if (only.Length > 0 && !witnesses.Any(w => w.Document == only))
            throw new UsageException($"no document '{only}' (the slugs are {string.Join(", ", documents.Select(d => d.Metadata.Slug))})");

        var variants = PassageCollator.Collate(witnesses);
        var shown = only.Length > 0 ? ContentConverter.VariantsOf(only, variants) : variants;
        foreach (var v in shown) context.Out.WriteLine(Line(v));
        context.Out.WriteLine($"{shown.Length} variant readings");
        return ExitCodes.Ok;
    }

    public static string Line(VariantReading v) =>
        $"{v.First.Document}#{v.First.Eid}  …{v.Context}〔{v.Reading} | {v.OtherReading}〕{v.After}…  {v.Other.Document}#{v.Other.Eid}";

    /// <summary>A plain-text copy as a witness: each non-empty line a paragraph, named line_N after its line.</summary>
    private static IEnumerable<Witness> OutsideWitness(string file)
    {
        if (!File.Exists(file)) throw new ConversionException(file, null, "the witness file does not exist");
        var name = Path.GetFileNameWithoutExtension(file);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(file, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            throw new ConversionException(file, null, "the witness file is not UTF-8 text");
        }
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].Trim() is { Length: > 0 } text) yield return new Witness(name, $"line_{i + 1}", text);
    }
}
