using System.Collections.Immutable;
using LongTriangle.Inputs;
using LongTriangle.Publishing.Content;
using YamlDotNet.RepresentationModel;

namespace LongTriangle.Publishing.Reading;

/// <summary>Reads the regions, in order, from <c>content/site.yml</c>.</summary>
internal static class SiteSettingsReader
{
    public static ImmutableArray<Region> ReadRegions(string path, string contentRoot, string displayName)
    {
        if (!ContentFiles.Exists(path)) throw new ContentException(displayName, null, "the site settings file is missing");
        var text = ContentFiles.ReadText(path, contentRoot, displayName, "site file", YamlLimits.Settings.MaximumBytes);
        var root = YamlFile.ParseMapping(text, displayName, YamlLimits.Settings)
            ?? throw new ContentException(displayName, null, "the file is empty");
        var map = new YamlMap(root, displayName);
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
