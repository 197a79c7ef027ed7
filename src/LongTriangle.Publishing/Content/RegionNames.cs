namespace LongTriangle.Publishing.Content;

/// <summary>A region's name in the language of a page.</summary>
public static class RegionNames
{
    public static string Name(this Region region, Language language) => language == Language.Zh ? region.Zh : region.En;
}
