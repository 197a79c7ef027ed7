namespace LongTriangle.Publishing.Content;

/// <summary>A region of the Yangtze River Delta (or the national level) as listed in <c>content/site.yml</c>.</summary>
public sealed record Region(string Id, string Zh, string En)
{
    public string Name(Language language) => language == Language.Zh ? Zh : En;
}
