using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LongTriangle.Publishing.Build;

namespace LongTriangle.Publishing.Search;

/// <summary>
/// Builds the search index with Pagefind inside the staged site (<c>pagefind/</c>): one index per page
/// language, from the elements marked <c>data-pagefind-body</c> (document pages). Each language is indexed by a
/// Pagefind run of its own, shown only that language's pages (one run over all three needed 4.4 GB at a thousand
/// documents), into a folder of its own; the folders are then merged into the one bundle the site loads, which is
/// the bundle one run over every page writes (Pagefind indexes each language apart, and names its files by their
/// content). Fails the build with Pagefind's own error output when it fails; the build never goes on without search.
/// </summary>
public sealed class PagefindIndexer(PagefindOptions options) : ISiteIndexer
{
    private const string EntryFile = "pagefind-entry.json";

    /// <summary>What a part's folder holds besides its bundle: the clauses of its records, for the build line
    /// (so that a reused part is not read again to count them). Not copied into the site.</summary>
    private const string ClauseCountFile = "clauses.txt";

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
        var (withChinese, clauses) = PagefindRecordCompactor.Compact(folder);
        MarkHanText(Path.Combine(folder, EntryFile), withChinese);
        File.WriteAllText(Path.Combine(folder, ClauseCountFile), clauses.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Moves every part's files into <c>pagefind/</c> and writes one entry file listing every part's languages.
    /// The files Pagefind writes into every bundle (its scripts, the WebAssembly of a language several parts hold)
    /// must be the same in every part, and a language must be in one part only; anything else is a failed index.
    /// </summary>
    public string Merge(string siteDirectory, IReadOnlyList<string> folders)
    {
        // A library without documents has nothing to search (Pagefind fails on no pages): no bundle, and the build says so.
        if (folders.Count == 0) return "no index: no documents";
        var bundle = Path.Combine(siteDirectory, PagefindOptions.BundleFolder);
        Directory.CreateDirectory(bundle);
        JsonObject? merged = null;
        var languages = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        var clauses = 0;
        foreach (var folder in folders)
        {
            var entry = ReadEntry(Path.Combine(folder, EntryFile));
            // Two indexes of one language cannot be merged: each rendition's pages must carry its own <html lang>.
            foreach (var (name, value) in ((JsonObject)entry["languages"]!).ToList())
                if (!languages.TryAdd(name, value?.DeepClone()))
                    throw new SearchIndexException($"pagefind found pages of the language {name} (their <html lang>) among the pages of two renditions; each rendition's pages must carry its own language");
            if (merged is null) merged = entry;
            else if (!JsonNode.DeepEquals(Without(merged, "languages"), Without(entry, "languages")))
                throw new SearchIndexException($"pagefind wrote differing entry files for the parts of the site ({Without(merged, "languages").ToJsonString()} and {Without(entry, "languages").ToJsonString()})");
            clauses += int.Parse(File.ReadAllText(Path.Combine(folder, ClauseCountFile)), CultureInfo.InvariantCulture);
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(folder, file);
                if (name is EntryFile or ClauseCountFile) continue;
                var target = Path.Combine(bundle, name);
                if (File.Exists(target))
                {
                    if (!File.ReadAllBytes(target).AsSpan().SequenceEqual(File.ReadAllBytes(file)))
                        throw new SearchIndexException($"pagefind wrote {name.Replace('\\', '/')} differently for two parts of the site");
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(file, target);
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
        return Summarise(bundle, clauses);
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
            // 127: the launcher is a Node.js script and `node` is not on the PATH.
            if (process.ExitCode == 127)
                throw new SearchIndexException($"pagefind could not run: {FirstLine(stderr)}; {PagefindLocator.InstallAdvice}");
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

    /// <summary>"2 indexes (en, zh-hans), 10 pages, 1 980 clauses, 1.4 MB", read back from what Pagefind wrote.</summary>
    private static string Summarise(string bundle, int clauses)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(bundle, EntryFile)));
        var languages = json.RootElement.GetProperty("languages").EnumerateObject()
            .Select(l => (l.Name, Pages: l.Value.GetProperty("page_count").GetInt32()))
            .OrderBy(l => l.Name, StringComparer.Ordinal)
            .ToList();
        var bytes = Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        return $"{SiteBuild.Count(languages.Count, "index").Replace("indexs", "indexes", StringComparison.Ordinal)} "
            + $"({string.Join(", ", languages.Select(l => l.Name))}), "
            + $"{SiteBuild.Count(languages.Sum(l => l.Pages), "page")}, {SiteBuild.Count(clauses, "clause")}, {Size(bytes)}";
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
        : SiteBuild.Count((int)Math.Ceiling(bytes / 1024.0), "KB").Replace("KBs", "KB", StringComparison.Ordinal);

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
