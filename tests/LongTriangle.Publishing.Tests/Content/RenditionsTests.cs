using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Tests.Content;

/// <summary>The list every page, alternate, switch and index is computed from holds together.</summary>
public sealed class RenditionsTests
{
    [Fact]
    public void Codes_and_tags_are_unique_and_one_rendition_is_authoritative_and_first()
    {
        Renditions.All.Select(r => r.Code).ShouldBeUnique();
        Renditions.All.Select(r => r.Tag.ToLowerInvariant()).ShouldBeUnique();
        Renditions.All.Count(r => r.IsAuthoritative).ShouldBe(1);
        Renditions.All[0].ShouldBe(Renditions.Authoritative);
    }

    [Fact]
    public void Each_rendition_has_its_own_strings_and_names_itself_distinctly()
    {
        Renditions.All.Select(r => r.Strings).Distinct().Count().ShouldBe(Renditions.All.Count);
        Renditions.All.Select(r => r.Strings.OtherLanguageName).ShouldBeUnique();
    }

    [Fact]
    public void Only_a_converted_rendition_converts_and_a_generated_one_says_so_in_its_citations()
    {
        foreach (var rendition in Renditions.All)
        {
            (rendition.Conversion is not null).ShouldBe(rendition.Source == TextSource.Converted);
            (rendition.Strings.GeneratedRenditionNote is not null).ShouldBe(rendition.Source == TextSource.Converted);
        }
        Renditions.Traditional.FromAuthoritative("长三角一体化发展").ShouldBe("長三角一體化發展");
        Renditions.Authoritative.FromAuthoritative("长三角一体化发展").ShouldBe("长三角一体化发展");
    }
}
