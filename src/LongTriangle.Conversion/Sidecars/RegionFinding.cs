namespace LongTriangle.Conversion.Sidecars;

/// <summary>Where the evidence places a document: in one of the site's regions, or outside all of them.</summary>
public abstract record RegionFinding
{
    private RegionFinding() { }

    /// <summary>In the site's region <paramref name="RegionId"/>.</summary>
    public sealed record InRegion(string RegionId) : RegionFinding;

    /// <summary>No place named: national, unless other evidence places it.</summary>
    public sealed record Unplaced : RegionFinding;

    /// <summary>From <paramref name="Place"/>, which is in none of the site's regions.</summary>
    public sealed record Outside(string Place) : RegionFinding;
}
