using System.Collections.Immutable;
using System.Text.RegularExpressions;
using LongTriangle.Inputs;

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
        try
        {
            return new SiteRegions(SiteSettings.ReadRegions(siteYml, contentFolder, siteYml));
        }
        catch (InputException e) when (e is not ConversionException)
        {
            throw new ConversionException(e.File, e.Line, e.Problem, e.Key);
        }
    }

    /// <summary>
    /// The region named by the issuer (上海市人民政府 → shanghai); an issuer that names no region is a
    /// national one (中共中央, 国务院). Without an issuer, the region the title names first; the national
    /// region when it names none (a 规划纲要 of the whole delta). A document from outside the site's regions is refused.
    /// </summary>
    /// <returns>The region's id, or null when the document is from outside the site's regions.</returns>
    public string? Guess(string? issuer, string title) =>
        Locate(issuer, title, Gazetteer.Embedded) switch
        {
            RegionFinding.InRegion found => found.RegionId,
            RegionFinding.Outside => null,
            _ => NationalId,
        };

    /// <summary>
    /// Where a document belongs, from its issuer (or, without one, its title) and the gazetteer: the region of
    /// the province of the first place named (闵行区 → 上海市 → shanghai); national when a national body
    /// issues it, when its issuers span several regions, or when no place is named; outside the site when the
    /// place is in a province no region of site.yml names, or is a local government the gazetteer does not know.
    /// </summary>
    public RegionFinding Locate(string? issuer, string title, Gazetteer gazetteer)
    {
        var byIssuer = !string.IsNullOrWhiteSpace(issuer);
        // A local body named by its level only (区政府, 市交通运输局, as a site's 发布机构 says) places nothing: the title does.
        if (byIssuer && LocalBodyByLevel().IsMatch(issuer!.Trim())) return Locate(null, title, gazetteer);
        var text = byIssuer ? issuer! : title;
        if (!byIssuer && NationalOpenings.Any(o => title.StartsWith(o, StringComparison.Ordinal)))
            return new RegionFinding.InRegion(NationalId);
        var places = gazetteer.AllIn(text).ToList();
        if (byIssuer && places.Select(RegionOf).Distinct().Count() > 1)
            return new RegionFinding.InRegion(NationalId);   // issued jointly by several provinces (and ministries)
        if (places.Count > 0)
            return RegionOf(places[0]) is { } id ? new RegionFinding.InRegion(id) : new RegionFinding.Outside(places[0].Name);
        if (FirstNamedIn(text) is { } named) return new RegionFinding.InRegion(named);
        return LocalGovernment().Match(byIssuer ? text : title) is { Success: true } local
            ? new RegionFinding.Outside(local.Groups["place"].Value)
            : new RegionFinding.Unplaced();
    }

    /// <summary>The region whose Chinese name opens the province's name (上海 of 上海市), or null.</summary>
    public string? RegionOf(Place place) =>
        All.FirstOrDefault(r => r.Id != NationalId && place.Province.StartsWith(r.Name, StringComparison.Ordinal))?.Id;

    /// <summary>Titles that open with a national body are national whatever place they are about (国务院关于支持…内蒙古…).</summary>
    private static readonly string[] NationalOpenings = ["国务院", "中共中央", "中央", "国家", "全国"];

    /// <summary>A local government's name at the start of an issuer or title: a place, then 省/市/县/区, then the body.</summary>
    [GeneratedRegex(@"^(?:中共)?(?<place>\p{IsCJKUnifiedIdeographs}{2,6}?(?:省|市|县|区|州))(?:人民政府|政府|委员会|人大|委|办公室|办公厅)")]
    private static partial Regex LocalGovernment();

    [GeneratedRegex(@"^(省|市|区|县|州)(\p{IsCJKUnifiedIdeographs}{0,10}(政府|委员会|委|局|厅|办公室|办|人大)|政府\p{IsCJKUnifiedIdeographs}{0,6})$")]
    private static partial Regex LocalBodyByLevel();

    private string? FirstNamedIn(string text) =>
        All.Where(r => r.Id != NationalId)
            .Select(r => (r.Id, At: text.IndexOf(r.Name, StringComparison.Ordinal)))
            .Where(x => x.At >= 0)
            .OrderBy(x => x.At)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Select(x => x.Id)
            .FirstOrDefault();
}
