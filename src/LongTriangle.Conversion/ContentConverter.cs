using System.Collections.Immutable;
using System.Text;
using LongTriangle.Conversion.Collation;
using LongTriangle.Conversion.Markdown;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Sidecars;
using LongTriangle.Inputs;

namespace LongTriangle.Conversion;

/// <summary>
/// Converts every seed (seeds/*.txt, ordinal order, each with its optional sidecar) into content/zh/.
/// All or nothing: every seed is converted in memory first; then the whole new content/zh is written into
/// a folder beside it and swapped in, so content/ is never half-written. Only content/zh is replaced;
/// content/en, site.yml and everything else are never touched. With <c>check</c> nothing is written and
/// the files that differ are reported.
/// </summary>
public sealed class ContentConverter(ConversionPipeline pipeline)
{
    public const string SiteFile = "site.yml";
    public const string OutputFolder = "zh";
    private const string NewFolder = ".zh.new";
    private const string OldFolder = ".zh.old";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public ContentConverter() : this(new ConversionPipeline()) { }

    public ConversionSummary Convert(string seedsFolder, string contentFolder, bool check)
    {
        // content/zh is replaced as a whole: were it a link, the swap would write wherever it points.
        foreach (var folder in new[] { contentFolder, Path.Combine(contentFolder, OutputFolder) })
            if (FileKinds.Of(Path.GetFullPath(folder)) is not (FileKind.Directory or FileKind.Missing))
                throw new ConversionException(Path.GetFullPath(folder), null, "this is not a folder (a symbolic link or a file); the converter writes only into a real content/zh folder");
        if (!check) Recover(Path.Combine(Path.GetFullPath(contentFolder), OutputFolder));
        var converted = ConvertAll(seedsFolder, contentFolder);
        var files = Files(converted);
        var clauses = converted.Sum(c => c.Document.ClauseCount);
        var seeds = converted.Length;
        var output = Path.Combine(Path.GetFullPath(contentFolder), OutputFolder);

        if (check)
            return new ConversionSummary(seeds, converted.Length, clauses, Differences(output, files));

        Replace(output, files);
        return new ConversionSummary(seeds, converted.Length, clauses, []);
    }

    /// <summary>Every seed converted, in ordinal order of file names, with slugs checked to be unique.</summary>
    public ImmutableArray<(ConvertedDocument Document, ConvertedFiles Files)> ConvertAll(string seedsFolder, string contentFolder)
    {
        seedsFolder = Path.GetFullPath(seedsFolder);
        if (!Directory.Exists(seedsFolder))
            throw new ConversionException(seedsFolder, null, "the seeds folder does not exist");
        var regions = SiteRegions.Read(Path.Combine(Path.GetFullPath(contentFolder), SiteFile), Path.GetFullPath(contentFolder));

        // Folders and broken links named like seeds are listed too, so that they are reported, not skipped.
        var seedFiles = Directory.GetFileSystemEntries(seedsFolder, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (seedFiles.Count == 0)
            throw new ConversionException(seedsFolder, null, "no seeds (*.txt) in the seeds folder");
        foreach (var sidecar in Directory.GetFiles(seedsFolder, "*.yml").Order(StringComparer.Ordinal))
            if (!seedFiles.Contains(sidecar[..^".yml".Length], StringComparer.Ordinal))
                throw new ConversionException(sidecar, null, $"a sidecar without its seed: {Path.GetFileName(sidecar)[..^".yml".Length]} does not exist");

        var results = new List<ConvertedDocument>();
        var claimed = new Dictionary<string, (string Seed, SeedSidecar Sidecar)>(StringComparer.Ordinal);
        foreach (var path in seedFiles)
        {
            var seed = new Seed(Path.GetFileName(path), path, InputFile.ReadBytes(path, seedsFolder, "seed", DocumentLimits.MaximumSeedBytes));
            var sidecar = SidecarReader.ForSeed(path, seedsFolder, regions);
            var document = pipeline.Convert(seed, sidecar, regions);
            if (document.Body.Length > DocumentLimits.MaximumBlocks)
                throw new ConversionException(path, null, "the seed makes " + DocumentLimits.TooManyBlocks(document.Body.Length));
            if (sidecar.Slug is null && claimed.ContainsKey(document.Metadata.Slug))
            {
                // Two seeds of one region, type and year derive the same slug: the later seed (in file order,
                // so an existing document keeps its published slug) is told apart by its content's hash.
                document = document with { Metadata = document.Metadata with { Slug = $"{document.Metadata.Slug}-{seed.Sha256[..8]}" } };
            }
            var slug = document.Metadata.Slug;
            // A slug comes from the sidecar (its file and line) or is derived from the seed (the seed is named).
            var (slugFile, slugLine) = sidecar.Slug is null ? (path, (int?)null) : (sidecar.File, sidecar.KeyLines.GetValueOrDefault("slug"));
            SidecarReader.CheckSlug(slugFile, slugLine, slug);
            if (claimed.TryGetValue(slug, out var other))
                throw new ConversionException(slugFile, slugLine,
                    $"slug '{slug}' is also the slug of {other.Seed}" + (sidecar.Slug is null ? " (give one of them a slug in its sidecar)" : ""), "slug");
            claimed[slug] = (path, sidecar);
            results.Add(document);
        }

        // Collation needs every document: the variants each shares with the others go into its provenance.
        var variants = PassageCollator.Collate([.. results.SelectMany(d => d.Witnesses)]);
        return [.. results.Select(d => d with { Variants = VariantsOf(d.Metadata.Slug, variants) })
            .Select(d => (d, ConversionPipeline.Write(d)))];
    }

    /// <summary>The variants a document takes part in, each seen from that document.</summary>
    public static ImmutableArray<VariantReading> VariantsOf(string slug, IEnumerable<VariantReading> variants) =>
        [.. variants.Where(v => v.First.Document == slug)
            .Concat(variants.Where(v => v.Other.Document == slug).Select(v => v.Reversed()))];

    private static ImmutableSortedDictionary<string, string> Files(IEnumerable<(ConvertedDocument Document, ConvertedFiles Files)> converted)
    {
        var files = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (_, f) in converted)
        {
            files.Add(f.MarkdownPath, f.Markdown);
            files.Add(f.ProvenancePath, f.Provenance);
        }
        return files.ToImmutable();
    }

    /// <summary>The files of content/zh that differ from what the seeds produce: changed, missing or not produced at all.</summary>
    private static ImmutableArray<string> Differences(string output, IReadOnlyDictionary<string, string> files)
    {
        var existing = Directory.Exists(output)
            ? Directory.GetFiles(output, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(output, f).Replace(Path.DirectorySeparatorChar, '/'))
                .ToHashSet(StringComparer.Ordinal)
            : [];
        var differences = new List<string>();
        foreach (var (relative, text) in files)
        {
            if (!existing.Contains(relative)) differences.Add($"{OutputFolder}/{relative} (missing)");
            else if (!File.ReadAllBytes(Path.Combine(output, relative)).AsSpan().SequenceEqual(Utf8.GetBytes(text))) differences.Add($"{OutputFolder}/{relative} (differs)");
        }
        foreach (var relative in existing.Where(f => !files.ContainsKey(f)).Order(StringComparer.Ordinal))
            differences.Add($"{OutputFolder}/{relative} (not produced by any seed)");
        return [.. differences];
    }

    /// <summary>
    /// A swap interrupted last time leaves the previous content in the old folder: put it back before
    /// anything else, so that it is in place even when this conversion fails.
    /// </summary>
    private static void Recover(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        var fresh = Path.Combine(parent, NewFolder);
        var old = Path.Combine(parent, OldFolder);
        FolderSwap.Recover(output, old);
        if (Directory.Exists(fresh)) Directory.Delete(fresh, recursive: true);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }

    private static void Replace(string output, IReadOnlyDictionary<string, string> files)
    {
        var parent = Path.GetDirectoryName(output)!;
        var fresh = Path.Combine(parent, NewFolder);
        var old = Path.Combine(parent, OldFolder);
        Recover(output);

        try
        {
            foreach (var (relative, text) in files)
            {
                var path = Path.GetFullPath(Path.Combine(fresh, relative));
                if (!path.StartsWith(fresh + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    throw new InvalidOperationException($"output path {relative} escapes content/{OutputFolder}");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text, Utf8);
            }
        }
        catch
        {
            // A full disk or a refused path: the half-written new folder goes, content/zh was never touched.
            if (Directory.Exists(fresh)) Directory.Delete(fresh, recursive: true);
            throw;
        }

        FolderSwap.Replace(fresh, output, old);
    }
}
