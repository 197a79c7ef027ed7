using System.Collections.Immutable;
using LongTriangle.Publishing.Content;
using LongTriangle.Tests;

namespace LongTriangle.Publishing.Tests.Content;

/// <summary>A region's name is looked up through the rendition: a translation's from site.yml, a converted rendition's made from the Chinese.</summary>
public sealed class RegionNamesTests
{
    private static readonly Region Jiangsu = new("jiangsu", "江苏", ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("en", "Jiangsu")]));

    [Fact]
    public void Each_rendition_names_the_region_in_its_own_words()
    {
        Jiangsu.Name(Renditions.Simplified).ShouldBe("江苏");
        Jiangsu.Name(Renditions.English).ShouldBe("Jiangsu");
        // Derived by the edition's own conversion: no name is written for it.
        Jiangsu.Name(Renditions.Traditional).ShouldBe("江蘇");
    }

    [Fact]
    public void Every_translated_rendition_has_a_name_for_every_region_of_the_sites_content()
    {
        var regions = Publishing.Reading.ContentReader.Read(RepositoryRoot.Content).Regions;
        foreach (var region in regions)
            foreach (var rendition in Renditions.All)
                region.Name(rendition).ShouldNotBeNullOrWhiteSpace();
    }
}
