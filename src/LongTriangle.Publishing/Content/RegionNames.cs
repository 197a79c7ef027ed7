namespace LongTriangle.Publishing.Content;

/// <summary>A region's name in a rendition.</summary>
public static class RegionNames
{
    /// <summary>
    /// A translation's name from site.yml (the content reader requires one for every translated rendition), else the
    /// Chinese name as the rendition writes it: as it is, or converted the way the rendition converts its text.
    /// </summary>
    public static string Name(this Region region, Rendition rendition) =>
        rendition.IsTranslated ? region.TranslatedNames[rendition.Code] : rendition.FromAuthoritative(region.Name);
}
