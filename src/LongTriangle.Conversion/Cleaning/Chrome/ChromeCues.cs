using System.Collections.Immutable;
using System.Reflection;

namespace LongTriangle.Conversion.Cleaning.Chrome;

/// <summary>
/// The genre's cues for page chrome (Data/chrome-cues.txt) and the endings of policy-document titles
/// (Data/chrome-document-types.txt): data, so that a new kind of site needs a line, not code.
/// </summary>
public sealed record ChromeCues(
    ImmutableArray<string> Footer,
    ImmutableArray<string> FooterLabels,
    ImmutableArray<string> Navigation,
    ImmutableArray<string> SourceLabels,
    ImmutableArray<string> PageFieldLabels,
    ImmutableArray<string> ContactLabels,
    ImmutableArray<string> FullTextIntros,
    ImmutableArray<string> SummaryLabels,
    ImmutableArray<string> SiteSuffixes,
    ImmutableArray<string> DocumentTypes)
{
    /// <summary>Headings of a page's list of links to its other articles (往期回顾, 相关阅读).</summary>
    public ImmutableArray<string> RelatedLists { get; init; } = [];

    private static readonly Lazy<ChromeCues> EmbeddedCues = new(() => Parse(
        ReadResource("chrome-cues.txt"), ReadResource("chrome-document-types.txt")));

    /// <summary>The cues shipped with the converter.</summary>
    public static ChromeCues Embedded => EmbeddedCues.Value;

    public static ChromeCues Parse(string cues, string documentTypes)
    {
        var sections = Sections(cues);
        ImmutableArray<string> Section(string name) =>
            sections.TryGetValue(name, out var items) ? items : throw new InvalidDataException($"chrome-cues.txt has no [{name}] section");

        return new ChromeCues(
            Section("footer"),
            Section("footer-labels"),
            Section("navigation"),
            Section("source-labels"),
            Section("page-fields"),
            Section("contact-labels"),
            Section("full-text-intros"),
            Section("summary-labels"),
            Section("site-suffixes"),
            // Longest first, so that 规划纲要 is preferred to 纲要 wherever both could end a title.
            [.. Items(documentTypes).OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal)])
        {
            RelatedLists = Section("related-lists"),
        };
    }

    private static Dictionary<string, ImmutableArray<string>> Sections(string text)
    {
        var result = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        string? current = null;
        var items = new List<string>();
        foreach (var line in Items(text))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                Flush();
                current = line[1..^1];
                continue;
            }

            items.Add(line);
        }

        Flush();
        return result;

        void Flush()
        {
            if (current is not null)
            {
                result[current] = [.. items];
            }

            items.Clear();
        }
    }

    private static IEnumerable<string> Items(string text) =>
        text.Split('\n')
            .Select(l => l.TrimEnd('\r').Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'));

    private static string ReadResource(string file)
    {
        var name = "LongTriangle.Conversion.Data." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
