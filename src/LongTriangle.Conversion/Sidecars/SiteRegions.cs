using System.Collections.Immutable;
using System.Text.RegularExpressions;
using LongTriangle.Inputs;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LongTriangle.Conversion.Sidecars;

/// <summary>
/// The regions of <c>content/site.yml</c>, in the site's order. A seed's region must be one of them; a
/// region is guessed from the issuer or title by its Chinese name, and is otherwise the national one.
/// </summary>
public sealed partial class SiteRegions
{
    public const string NationalId = "national";

    public SiteRegions(IEnumerable<Region> regions)
    {
        All = [.. regions];
    }

    public ImmutableArray<Region> All { get; }

    public bool Contains(string id) => All.Any(r => r.Id == id);

    /// <summary>Reads the regions from site.yml; a missing or malformed file is an error naming it.</summary>
    public static SiteRegions Read(string siteYml) => Read(siteYml, Path.GetDirectoryName(Path.GetFullPath(siteYml))!);

    public static SiteRegions Read(string siteYml, string contentFolder)
    {
        if (!Path.Exists(siteYml) && new FileInfo(siteYml).LinkTarget is null)
            throw new ConversionException(siteYml, null, "the site file with the list of regions does not exist");
        YamlStream stream;
        try
        {
            var text = InputFile.ReadUtf8(siteYml, contentFolder, "site file", YamlLimits.Settings.MaximumBytes);
            stream = BoundedYaml.Load(text, siteYml, YamlLimits.Settings);
        }
        catch (YamlException e)
        {
            throw new ConversionException(siteYml, (int)e.Start.Line, "invalid YAML: " + e.Message);
        }
        catch (InvalidOperationException)
        {
            throw new ConversionException(siteYml, null, "invalid YAML: the structure is broken (an unclosed bracket or quote?)");
        }
        catch (InputException e) when (e is not ConversionException)
        {
            throw new ConversionException(e.File, e.Line, e.Problem, e.Key);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("regions"), out var list) || list is not YamlSequenceNode sequence)
            throw new ConversionException(siteYml, null, "expected a list 'regions' of {id, zh, en}", "regions");

        var regions = new List<Region>();
        foreach (var item in sequence)
        {
            var line = (int)item.Start.Line;
            if (item is not YamlMappingNode entry)
                throw new ConversionException(siteYml, line, "each region is a mapping {id, zh, en}", "regions");
            string Value(string key) =>
                entry.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode { Value: { Length: > 0 } s }
                    ? s
                    : throw new ConversionException(siteYml, line, $"region without '{key}'", $"regions.{key}");
            var id = Value("id");
            if (!RegionId().IsMatch(id))
                throw new ConversionException(siteYml, line, $"region id '{id}' must be lower-case letters, digits and hyphens", "regions.id");
            regions.Add(new Region(id, Value("zh"), Value("en")));
        }
        return new SiteRegions(regions);
    }

    /// <summary>
    /// The region named by the issuer (上海市人民政府 → shanghai); an issuer that names no region is a
    /// national one (中共中央, 国务院). Without an issuer, the region the title names first; the national
    /// region when it names none (a 规划纲要 of the whole delta).
    /// </summary>
    public string Guess(string? issuer, string title) =>
        FirstNamedIn(string.IsNullOrWhiteSpace(issuer) ? title : issuer) ?? NationalId;

    private string? FirstNamedIn(string text) =>
        All.Where(r => r.Id != NationalId)
            .Select(r => (r.Id, At: text.IndexOf(r.Zh, StringComparison.Ordinal)))
            .Where(x => x.At >= 0)
            .OrderBy(x => x.At)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Select(x => x.Id)
            .FirstOrDefault();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex RegionId();
}
