using System.Collections.Immutable;
using LongTriangle.Inputs;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LongTriangle.Content;

/// <summary>
/// The one reader of <c>content/site.yml</c>, for the converter and the site alike: the regions, in the
/// site's order, and the address the site is published at (<c>base-url:</c>). Strict: a missing file, no list or an empty one, an entry without id or zh (the
/// authoritative name), without the name of a translation the caller requires, with a key that is not a language code, an id that
/// is not a folder name, or an id listed twice is an <see cref="InputException"/> naming the file, line and key.
/// </summary>
public static class SiteSettings
{
    public const string FileName = "site.yml";

    /// <param name="path">The site.yml to read.</param>
    /// <param name="contentFolder">The folder it must lie in (reached without links).</param>
    /// <param name="display">How messages name the file.</param>
    public static ImmutableArray<Region> ReadRegions(string path, string contentFolder, string display) =>
        Regions(Load(path, contentFolder, display), display, []);

    /// <summary>
    /// The whole file read once: the regions, and the text of <c>base-url:</c> with its line (null when the file
    /// gives none; what makes an address valid is the site's rule, <c>SiteBase</c>, applied to this text).
    /// </summary>
    /// <param name="translations">The codes of the translations the site shows (en): every region must name itself in each.</param>
    public static SiteSettingsFile Read(string path, string contentFolder, string display, IReadOnlyCollection<string> translations)
    {
        var root = Load(path, contentFolder, display);
        return new SiteSettingsFile(Regions(root, display, translations), BaseUrl(root, display));
    }

    private static SettingText? BaseUrl(YamlMappingNode root, string display)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode(BaseUrlKey), out var node)) return null;
        return node is YamlScalarNode { Value: { Length: > 0 } value }
            ? new SettingText(value, (int)node.Start.Line)
            : throw new InputException(display, (int)node.Start.Line, "base-url is the address the site is published at, e.g. https://example.org/site/", BaseUrlKey);
    }

    public const string BaseUrlKey = "base-url";

    private static YamlMappingNode Load(string path, string contentFolder, string display)
    {
        if (FileKinds.Of(path) == FileKind.Missing)
            throw new InputException(display, null, "the site settings file with the list of regions does not exist");
        var text = InputFiles.ReadUtf8(path, contentFolder, "site file", YamlLimits.Settings.MaximumBytes, display);
        YamlStream stream;
        try
        {
            stream = BoundedYaml.Load(text, display, YamlLimits.Settings);
        }
        catch (YamlException e)
        {
            throw new InputException(display, (int)e.Start.Line, "invalid YAML: " + e.Message);
        }
        catch (InvalidOperationException)
        {
            throw new InputException(display, null, "invalid YAML: the structure is broken (an unclosed bracket or quote?)");
        }

        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw new InputException(display, null, "a list 'regions' of {id, zh, en …}, not empty, is required", "regions");
    }

    private const string IdKey = "id";

    private static ImmutableArray<Region> Regions(YamlMappingNode root, string display, IReadOnlyCollection<string> translations)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("regions"), out var list)
            || list is not YamlSequenceNode { Children.Count: > 0 } sequence)
            throw new InputException(display, null, "a list 'regions' of {id, zh, en …}, not empty, is required", "regions");

        var regions = new List<Region>();
        foreach (var item in sequence)
        {
            var line = (int)item.Start.Line;
            if (item is not YamlMappingNode entry)
                throw new InputException(display, line, "each region is a mapping {id, zh, en …}", "regions");
            string Value(string key) =>
                entry.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode { Value: { Length: > 0 } s }
                    ? s
                    : throw new InputException(display, line, $"region without '{key}'", $"regions.{key}");
            var id = Value(IdKey);
            if (!ContentPatterns.IsRegionId(id))
                throw new InputException(display, line, $"region id '{id}' must be lower-case letters, digits and hyphens", "regions.id");
            if (regions.Any(r => r.Id == id))
                throw new InputException(display, line, $"the region '{id}' is listed twice", "regions.id");
            var names = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var (key, _) in entry.Children)
            {
                var code = key is YamlScalarNode { Value: { } k } ? k : "";
                if (code is IdKey or Region.AuthoritativeKey) continue;
                // Any other key is a translation's code (a URL segment, like a region id): a typo is refused, not ignored.
                if (!ContentPatterns.IsRegionId(code))
                    throw new InputException(display, (int)key.Start.Line, $"'{code}' is not a language code (a region has id, {Region.AuthoritativeKey} and a name per translation, e.g. en)", "regions");
                names[code] = Value(code);
            }
            foreach (var code in translations)
                if (!names.ContainsKey(code)) Value(code);
            regions.Add(new Region(id, Value(Region.AuthoritativeKey), names.ToImmutable()));
        }
        return [.. regions];
    }
}
