using System.Collections.Immutable;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Conversion.Sidecars;

/// <summary>
/// China's provinces and prefecture-level cities, with every county and district of the Yangtze River Delta
/// (Data/Gazetteer.txt, from the National Bureau of Statistics' division codes). Finds the first place a text
/// names, by full name (闵行区, 黄山市) or by its short name (闵行, 黄山) when that short name belongs to one
/// province only and is not also an ordinary word (太湖, 金山, 路桥).
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> EmbeddedGazetteer = new(() => Parse(EmbeddedData.ReadLines("Gazetteer.txt")));

    /// <summary>The committed gazetteer, loaded once.</summary>
    public static Gazetteer Embedded => EmbeddedGazetteer.Value;

    /// <summary>Suffixes of administrative names, longest first, that the short name leaves off.</summary>
    private static readonly string[] Suffixes = ["特别行政区", "自治区", "自治州", "自治县", "新区", "地区", "林区", "省", "市", "区", "县", "盟"];

    private readonly ImmutableArray<(string Key, Place Place)> keys;

    private Gazetteer(IEnumerable<(string Key, Place Place)> keys)
    {
        // Longest names first, so 马鞍山市 is found before 鞍山市 at the same position.
        this.keys = [.. keys.OrderByDescending(k => k.Key.Length).ThenBy(k => k.Key, StringComparer.Ordinal)];
    }

    /// <summary>The place named earliest in <paramref name="text"/>, or null.</summary>
    public Place? FirstIn(string text)
    {
        (int At, Place Place)? best = null;
        foreach (var (key, place) in keys)
        {
            var at = text.IndexOf(key, StringComparison.Ordinal);
            if (at >= 0 && (best is null || at < best.Value.At)) best = (at, place);
        }
        return best?.Place;
    }

    /// <summary>Every place named in <paramref name="text"/>, in the order they first appear.</summary>
    public IEnumerable<Place> AllIn(string text) =>
        keys.Select(k => (At: text.IndexOf(k.Key, StringComparison.Ordinal), k.Place))
            .Where(x => x.At >= 0)
            .OrderBy(x => x.At)
            .Select(x => x.Place)
            .Distinct();

    internal static Gazetteer Parse(IReadOnlyList<string> lines)
    {
        var places = new List<Place>();
        var ordinaryWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var fields = line.Split('|');
            if (fields[0] == "~")
            {
                ordinaryWords.UnionWith(Names(fields[1]));
                continue;
            }
            var province = fields[0];
            places.Add(new Place(province, province));
            if (fields.Length == 2)
            {
                places.AddRange(Names(fields[1]).Select(c => new Place(c, province)));
                continue;
            }
            if (fields[1] != "市辖区") places.Add(new Place(fields[1], province));
            places.AddRange(Names(fields[2]).Select(c => new Place(c, province)));
        }

        // A name of two or more provinces (普陀区 of Shanghai and of Zhoushan) says nothing about the province.
        var candidates = places
            .SelectMany(p => new[] { (Key: p.Name, Place: p, Full: true), (Key: ShortName(p.Name), Place: p, Full: false) })
            .Where(k => k.Key.Length >= 2 && (k.Full ? k.Key.Length >= 3 : !ordinaryWords.Contains(k.Key)))
            .GroupBy(k => k.Key, StringComparer.Ordinal)
            .Where(g => g.Select(k => k.Place.Province).Distinct().Count() == 1)
            .Select(g => (g.Key, g.OrderByDescending(k => k.Full).First().Place));
        return new Gazetteer(candidates);
    }

    private static IEnumerable<string> Names(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// The name without its administrative suffix (闵行区 → 闵行); for an autonomous area, its first two
    /// characters (阿坝藏族羌族自治州 → 阿坝, 广西壮族自治区 → 广西).
    /// </summary>
    public static string ShortName(string name)
    {
        if (name.Contains('族') || name.Contains("自治", StringComparison.Ordinal)) return name.Length > 2 && !name.StartsWith("内蒙古", StringComparison.Ordinal) ? name[..2] : name.Replace("自治区", "", StringComparison.Ordinal);
        foreach (var suffix in Suffixes)
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.Ordinal))
                return name[..^suffix.Length];
        return name;
    }
}

/// <summary>A place of the gazetteer: its full name and the full name of its province (上海市, 江苏省 …).</summary>
public sealed record Place(string Name, string Province);
