namespace LongTriangle.Browser.Tests.Infrastructure;

/// <summary>A document as content/ declares it in its front matter: what the site must show, and where.</summary>
public sealed record ContentDocument(string Slug, string Region)
{
    public string PathIn(string language) => $"/{language}/{Region}/{Slug}/";

    public string ParallelPathIn(string language) => PathIn(language) + "parallel/";

    public override string ToString() => $"{Region}/{Slug}";
}
