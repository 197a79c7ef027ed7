using System.Collections.Immutable;
using LongTriangle.Inputs;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Site;
using YamlDotNet.RepresentationModel;

namespace LongTriangle.Publishing.Reading;

/// <summary>Reads <c>content/site.yml</c>: the regions, in order, and the site's public address.</summary>
internal static class SiteSettingsReader
{
    public static ImmutableArray<Region> ReadRegions(string path, string contentRoot, string displayName) =>
        ReadRegions(Load(path, contentRoot, displayName), displayName);

    /// <summary>
    /// <c>base-url:</c>, the address the site is published at (<c>https://host/path/</c>), from which canonical
    /// URLs, alternates, og:url and the sitemap are made absolute; null when the file does not give one.
    /// </summary>
    public static SiteBase? ReadBase(string path, string contentRoot, string displayName)
    {
        var map = Load(path, contentRoot, displayName);
        if (map.Find(BaseKey) is not { } node) return null;
        if (node is not YamlScalarNode { Value: { Length: > 0 } value })
            throw new ContentException(displayName, map.LineOf(node), "base-url is the address the site is published at, e.g. https://example.org/site/", BaseKey);
        var site = SiteBase.Parse(value, displayName, map.LineOf(node), BaseKey);
        return site.Origin is null
            ? throw new ContentException(displayName, map.LineOf(node), $"base-url is a full address with https:// and the host, not the path '{value}'", BaseKey)
            : site;
    }

    private const string BaseKey = "base-url";

    private static YamlMap Load(string path, string contentRoot, string displayName)
    {
        if (!ContentFiles.Exists(path)) throw new ContentException(displayName, null, "the site settings file is missing");
        var text = ContentFiles.ReadText(path, contentRoot, displayName, "site file", YamlLimits.Settings.MaximumBytes);
        var root = YamlFile.ParseMapping(text, displayName, YamlLimits.Settings)
            ?? throw new ContentException(displayName, null, "the file is empty");
        return new YamlMap(root, displayName);
    }

    private static ImmutableArray<Region> ReadRegions(YamlMap map, string displayName)
    {
        if (map.Find("regions") is not YamlSequenceNode regions || regions.Children.Count == 0)
            throw new ContentException(displayName, map.Line, "a list of regions is required", "regions");

        var result = new List<Region>();
        foreach (var item in regions.Children)
        {
            if (item is not YamlMappingNode node)
                throw new ContentException(displayName, map.LineOf(item), "each region is a mapping with id, zh and en", "regions");
            var region = new YamlMap(node, displayName);
            var id = region.Required("id");
            if (!System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z0-9-]+$"))
                throw new ContentException(displayName, region.Line, $"a region id is lower-case letters, digits and hyphens, not '{id}'", "id");
            if (result.Any(r => r.Id == id))
                throw new ContentException(displayName, region.Line, $"the region '{id}' is listed twice", "id");
            result.Add(new Region(id, region.Required("zh"), region.Required("en")));
        }
        return [.. result];
    }
}
