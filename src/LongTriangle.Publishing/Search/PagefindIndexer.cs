using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LongTriangle.Publishing.Build;

namespace LongTriangle.Publishing.Search;

/// <summary>
/// Builds the search index with Pagefind inside the staged site (<c>pagefind/</c>): one index per page
/// language, from the elements marked <c>data-pagefind-body</c> (document pages). Fails the build with
/// Pagefind's own error output when it fails; the build never goes on without search.
/// </summary>
public sealed class PagefindIndexer(PagefindOptions options) : ISiteIndexer
{
    /// <summary>The pages marked for indexing (<see cref="PagefindPages.Find"/>): Pagefind is shown those alone.</summary>
    public IReadOnlyList<string> Inputs(string siteDirectory) => PagefindPages.Find(siteDirectory);

    public string Describe(string siteDirectory, IReadOnlyList<string> inputs)
    {
        if (!File.Exists(options.Executable))
            throw new SearchIndexException(PagefindLocator.NotInstalled(options.Executable));
        var bundle = Path.Combine(siteDirectory, PagefindOptions.BundleFolder);
        var input = PagefindPages.LinkFolder(siteDirectory, inputs);
        try
        {
            Run(["--site", input, "--output-path", bundle], siteDirectory);
        }
        finally
        {
            PagefindPages.Delete(input);
        }
        var withChinese = PagefindRecordCompactor.Compact(bundle);
        RewriteEntry(Path.Combine(bundle, "pagefind-entry.json"), withChinese, Path.Combine(siteDirectory, SearchRenditions.SitePath));
        return Summarise(bundle);
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

    /// <summary>
    /// Pagefind lists the languages of its entry file in hash-map order, which differs from run to run;
    /// sorted, the whole bundle is the same for the same site (the other files are named by their content).
    /// Each language also says whether its pages hold Chinese text (<c>"han_text"</c>, which Pagefind ignores):
    /// a page whose index has none searches the Chinese index only for a Chinese query, so the first query of
    /// an English page does not download both indexes. The site's renditions (<c>data/renditions.json</c>, when
    /// the site has it) are copied in as <c>"renditions"</c>: the search reads this file anyway, and so needs no
    /// other request before its first query.
    /// </summary>
    private static void RewriteEntry(string entry, IReadOnlySet<string> withChinese, string renditions)
    {
        if (!File.Exists(entry)) throw new SearchIndexException($"pagefind wrote no index ({entry} is missing)");
        var json = JsonNode.Parse(File.ReadAllBytes(entry))?.AsObject()
            ?? throw new SearchIndexException($"{entry}: not a JSON object");
        if (json["languages"] is not JsonObject languages) throw new SearchIndexException($"{entry}: no languages");
        var sorted = new JsonObject();
        foreach (var (name, value) in languages.OrderBy(l => l.Key, StringComparer.Ordinal).ToList())
        {
            languages.Remove(name);
            if (value is JsonObject index) index["han_text"] = withChinese.Contains(name);
            sorted[name] = value;
        }
        json["languages"] = sorted;
        if (File.Exists(renditions))
            json["renditions"] = (JsonNode.Parse(File.ReadAllBytes(renditions)) as JsonObject)?["renditions"]?.DeepClone()
                ?? throw new SearchIndexException($"{renditions}: no renditions");
        File.WriteAllText(entry, json.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), new UTF8Encoding(false));
    }

    /// <summary>"2 indexes (en, zh-hans), 10 pages, 1 980 clauses, 1.4 MB", read back from what Pagefind wrote.</summary>
    public static string Summarise(string bundle)
    {
        var entry = Path.Combine(bundle, "pagefind-entry.json");
        if (!File.Exists(entry)) throw new SearchIndexException($"pagefind wrote no index ({entry} is missing)");
        using var json = JsonDocument.Parse(File.ReadAllBytes(entry));
        var languages = json.RootElement.GetProperty("languages").EnumerateObject()
            .Select(l => (l.Name, Pages: l.Value.GetProperty("page_count").GetInt32()))
            .OrderBy(l => l.Name, StringComparer.Ordinal)
            .ToList();
        var clauses = Directory.EnumerateFiles(Path.Combine(bundle, "fragment"), "*.pf_fragment").Sum(ClauseCount);
        var bytes = Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        return $"{SiteBuild.Count(languages.Count, "index").Replace("indexs", "indexes", StringComparison.Ordinal)} "
            + $"({string.Join(", ", languages.Select(l => l.Name))}), "
            + $"{SiteBuild.Count(languages.Sum(l => l.Pages), "page")}, {SiteBuild.Count(clauses, "clause")}, {Size(bytes)}";
    }

    /// <summary>The clauses (paragraphs and headings with an eId) one page's fragment records as anchors.</summary>
    private static int ClauseCount(string fragmentFile)
    {
        var fragment = PagefindFragment.Read(fragmentFile);
        return fragment.GetProperty("anchors").EnumerateArray()
            .Count(a => PagefindFragment.IsClause(a.GetProperty("element").GetString()));
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
        : SiteBuild.Count((int)Math.Ceiling(bytes / 1024.0), "KB").Replace("KBs", "KB", StringComparison.Ordinal);

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
