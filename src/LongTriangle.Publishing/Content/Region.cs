namespace LongTriangle.Publishing.Content;

/// <summary>A region of the Yangtze River Delta (or the national level) as listed in <c>content/site.yml</c>.</summary>
public sealed record Region(string Id, string Zh, string En)
{
    /// <summary>The region's name in a rendition: the translated name, else the Chinese name as the rendition writes it.</summary>
    public string Name(Rendition rendition) => rendition.IsTranslated ? En : rendition.FromAuthoritative(Zh);
}
