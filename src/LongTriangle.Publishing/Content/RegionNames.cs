namespace LongTriangle.Publishing.Content;

/// <summary>A region's name in a rendition.</summary>
public static class RegionNames
{
    /// <summary>The translated name, else the Chinese name as the rendition writes it.</summary>
    public static string Name(this Region region, Rendition rendition) => rendition.IsTranslated ? region.En : rendition.FromAuthoritative(region.Zh);
}
