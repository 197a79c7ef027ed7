using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LongTriangle.Publishing.Build;

namespace LongTriangle.Publishing.Search;

/// <summary>
/// Builds the search index with Pagefind inside the staged site (<c>pagefind/</c>): one index per page language, from
/// the elements marked <c>data-pagefind-body</c> (document pages), in one part or, for a large library, in several
/// (<see cref="PagefindPages.Parts"/>) that the site's search opens together (Pagefind's <c>mergeIndex</c>). Each part is
/// indexed by a Pagefind run of its own, shown only that part's pages (one run over a thousand documents in all three
/// languages needed 4.4 GB), into a folder of its own; the folders are then merged into the one bundle the site loads:
/// Pagefind's scripts and WebAssembly once, the first part of each language at the top (a language in one part is
/// where one run over every page puts it), each other part in a folder of its own below (<c>pagefind/zh-hans-p3/</c>:
/// its entry file, metadata, index chunks and records), listed under its language in the top entry file (<c>"parts"</c>).
/// Pagefind names its files by their content. Fails the build with Pagefind's own error output when it fails; the
/// build never goes on without search.
/// </summary>
public sealed class PagefindIndexer(PagefindOptions options) : ISiteIndexer
{
    private const string EntryFile = "pagefind-entry.json";

    /// <summary>What a part's folder holds besides its bundle: the clauses of its records, for the build line
    /// (so that a reused part is not read again to count them). Not copied into the site.</summary>
    private const string ClauseCountFile = "clauses.txt";

    /// <summary>What a part's folder holds besides its bundle: the part's name, the folder a part that is not its
    /// language's first goes to. Not copied into the site.</summary>
    private const string PartNameFile = "part.txt";

    public void Index(string siteDirectory, IndexPart part, string folder)
    {
        if (!File.Exists(options.Executable))
            throw new SearchIndexException(PagefindLocator.NotInstalled(options.Executable));
        var input = PagefindPages.LinkFolder(siteDirectory, part.Pages);
        try
        {
            // Pagefind is another process that needs gigabytes for a library of a thousand documents; what reading,
            // rendering (and the previous part's records) used is garbage by now, but the runtime keeps the memory
            // until it needs it again. Given back first, the two do not add up.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            Run(["--site", input, "--output-path", folder], siteDirectory);
        }
        finally
        {
            PagefindPages.Delete(input);
        }
        // A part is one rendition's pages: an index of another language means pages that do not carry their rendition's <html lang>.
        var languages = ((JsonObject)ReadEntry(Path.Combine(folder, EntryFile))["languages"]!).Select(l => l.Key).ToList();
        if (languages is not [var language] || language != part.Language)
            throw new SearchIndexException($"pagefind found pages of the language {string.Join(", ", languages.Where(l => l != part.Language).DefaultIfEmpty("(none)"))} "
                + $"(their <html lang>) among the pages of the rendition {part.Language}; each rendition's pages must carry its own language");
        var (withChinese, clauses) = PagefindRecordCompactor.Compact(folder);
        MarkHanText(Path.Combine(folder, EntryFile), withChinese);
        File.WriteAllText(Path.Combine(folder, ClauseCountFile), clauses.ToString(CultureInfo.InvariantCulture));
        File.WriteAllText(Path.Combine(folder, PartNameFile), part.Name);
    }

    /// <summary>
    /// Moves every part's files into <c>pagefind/</c> and writes one entry file listing every language. The first part of
    /// a language goes to the top; each further part into <c>pagefind/NAME/</c> with its own entry file, listed in the
    /// top entry file's language as <c>"parts": [{"path": "NAME/", "page_count": …}]</c>. The files Pagefind writes into
    /// every bundle (its scripts, the WebAssembly of a language several parts hold) must be the same in every part and
    /// are kept once, at the top; anything else is a failed index.
    /// </summary>
    public string Merge(string siteDirectory, IReadOnlyList<string> folders)
    {
        // A library without documents has nothing to search (Pagefind fails on no pages): no bundle, and the build says so.
        if (folders.Count == 0) return "no index: no documents";
        var bundle = Path.Combine(siteDirectory, PagefindOptions.BundleFolder);
        Directory.CreateDirectory(bundle);
        JsonObject? merged = null;
        var languages = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        int clauses = 0, pages = 0;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var entry = ReadEntry(Path.Combine(folder, EntryFile));
            if (merged is null) merged = entry;
            else if (!JsonNode.DeepEquals(Without(merged, "languages"), Without(entry, "languages")))
                throw new SearchIndexException($"pagefind wrote differing entry files for the parts of the site ({Without(merged, "languages").ToJsonString()} and {Without(entry, "languages").ToJsonString()})");
            clauses += int.Parse(File.ReadAllText(Path.Combine(folder, ClauseCountFile)), CultureInfo.InvariantCulture);
            var (language, index) = ((JsonObject)entry["languages"]!).Single();
            var count = index?["page_count"]?.GetValue<int>() ?? 0;
            pages += count;
            string target;
            if (languages.TryGetValue(language, out var first))
            {
                // A further part of a language: a folder of its own, named by the part, listed with the language.
                var named = Path.Combine(folder, PartNameFile);
                var name = File.Exists(named) ? File.ReadAllText(named) : throw new SearchIndexException($"{named} is missing: the part's folder was not written by this indexer");
                if (!names.Add(name) || name.Length == 0 || name.Contains('/') || name.Contains('\\') || name.StartsWith('.'))
                    throw new SearchIndexException($"two parts of the search index, or a part with an unusable name, are named '{name}'");
                target = Path.Combine(bundle, name);
                var parts = first["parts"] as JsonArray ?? [];
                parts.Add(new JsonObject { ["path"] = name + "/", ["page_count"] = count });
                first["parts"] = parts;
                if (index?["han_text"]?.GetValue<bool>() == true) first["han_text"] = true;
                Directory.CreateDirectory(target);
                File.Move(Path.Combine(folder, EntryFile), Path.Combine(target, EntryFile));
            }
            else
            {
                languages.Add(language, index!.DeepClone().AsObject());
                target = bundle;
            }
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(folder, file);
                if (name is EntryFile or ClauseCountFile or PartNameFile) continue;
                var shared = Path.Combine(bundle, name);
                if (File.Exists(shared))
                {
                    // Pagefind's scripts and WebAssembly (and nothing else: the other files are named by their content and a page is in one part).
                    if (!File.ReadAllBytes(shared).AsSpan().SequenceEqual(File.ReadAllBytes(file)))
                        throw new SearchIndexException($"pagefind wrote {name.Replace('\\', '/')} differently for two parts of the site");
                    continue;
                }
                var destination = Path.Combine(target, name);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Move(file, destination);
            }
        }
        var sorted = new JsonObject();
        foreach (var (name, value) in languages) sorted[name] = value;
        merged!["languages"] = sorted;
        var renditions = Path.Combine(siteDirectory, SearchRenditions.SitePath);
        if (File.Exists(renditions))
            merged["renditions"] = (JsonNode.Parse(File.ReadAllBytes(renditions)) as JsonObject)?["renditions"]?.DeepClone()
                ?? throw new SearchIndexException($"{renditions}: no renditions");
        File.WriteAllText(Path.Combine(bundle, EntryFile), merged.ToJsonString(Writing), new UTF8Encoding(false));
        return Summarise(bundle, [.. languages.Keys], folders.Count, pages, clauses);
    }

    private void Run(IReadOnlyList<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(options.Executable, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        ChildProcessGroup group;
        try
        {
            // Its own process group: it ends with the build, also when the build is stopped or fails.
            group = ChildProcessGroup.Start(start);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new SearchIndexException($"{options.Executable}: could not be started ({e.Message}); {PagefindLocator.InstallAdvice}");
        }
        using (group)
        {
            var process = group.Process;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(options.Timeout))
            {
                group.End();
                process.WaitForExit();
                throw new SearchIndexException($"pagefind did not finish within {options.Timeout.TotalSeconds:0} s and was stopped");
            }
            process.WaitForExit();
            var stderr = errors.Result.Trim();
            if (process.ExitCode != 0)
                throw new SearchIndexException($"pagefind failed (exit code {process.ExitCode.ToString(CultureInfo.InvariantCulture)}): "
                    + (stderr.Length > 0 ? stderr : output.Result.Trim()));
        }
    }

    private static readonly JsonSerializerOptions Writing = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonObject ReadEntry(string entry)
    {
        if (!File.Exists(entry)) throw new SearchIndexException($"pagefind wrote no index ({entry} is missing)");
        var json = JsonNode.Parse(File.ReadAllBytes(entry))?.AsObject()
            ?? throw new SearchIndexException($"{entry}: not a JSON object");
        if (json["languages"] is not JsonObject) throw new SearchIndexException($"{entry}: no languages");
        return json;
    }

    private static JsonObject Without(JsonObject json, string property)
    {
        var copy = json.DeepClone().AsObject();
        copy.Remove(property);
        return copy;
    }

    /// <summary>
    /// Pagefind lists the languages of its entry file in hash-map order, which differs from run to run;
    /// sorted, the whole bundle is the same for the same site (the other files are named by their content).
    /// Each language also says whether its pages hold Chinese text (<c>"han_text"</c>, which Pagefind ignores):
    /// a page whose index has none searches the Chinese index only for a Chinese query, so the first query of
    /// an English page does not download both indexes. <see cref="Merge"/> then adds the site's renditions
    /// (<c>data/renditions.json</c>, when the site has it) as <c>"renditions"</c>: the search reads this file anyway,
    /// and so needs no other request before its first query.
    /// </summary>
    private static void MarkHanText(string entry, IReadOnlySet<string> withChinese)
    {
        var json = ReadEntry(entry);
        var languages = (JsonObject)json["languages"]!;
        var sorted = new JsonObject();
        foreach (var (name, value) in languages.OrderBy(l => l.Key, StringComparer.Ordinal).ToList())
        {
            languages.Remove(name);
            if (value is JsonObject index) index["han_text"] = withChinese.Contains(name);
            sorted[name] = value;
        }
        json["languages"] = sorted;
        File.WriteAllText(entry, json.ToJsonString(Writing), new UTF8Encoding(false));
    }

    /// <summary>"2 indexes (en, zh-hans), 10 pages, 1 980 clauses, 1.4 MB"; "3 indexes (en, zh-hans, zh-hant) in 24 parts, …" when a language is in several.</summary>
    private static string Summarise(string bundle, IReadOnlyList<string> languages, int parts, int pages, int clauses)
    {
        var bytes = Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        return $"{SiteBuild.Count(languages.Count, "index").Replace("indexs", "indexes", StringComparison.Ordinal)} "
            + $"({string.Join(", ", languages)})" + (parts > languages.Count ? $" in {SiteBuild.Count(parts, "part")}" : "") + ", "
            + $"{SiteBuild.Count(pages, "page")}, {SiteBuild.Count(clauses, "clause")}, {Size(bytes)}";
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
        : SiteBuild.Count((int)Math.Ceiling(bytes / 1024.0), "KB").Replace("KBs", "KB", StringComparison.Ordinal);
}
