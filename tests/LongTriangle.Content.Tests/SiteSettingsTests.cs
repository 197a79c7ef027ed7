using LongTriangle.Inputs;

namespace LongTriangle.Content.Tests;

public sealed class SiteSettingsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("site-settings-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private InputException Refused(string yaml)
    {
        File.WriteAllText(Path.Combine(folder, "site.yml"), yaml);
        return Should.Throw<InputException>(() => SiteSettings.ReadRegions(Path.Combine(folder, "site.yml"), folder, "content/site.yml"));
    }

    [Fact]
    public void Reads_the_repositorys_regions_in_order() =>
        SiteSettings.ReadRegions(Path.Combine(RepositoryRoot.Content, "site.yml"), RepositoryRoot.Content, "site.yml")
            .Select(r => r.Id).ShouldBe(["national", "shanghai", "jiangsu", "zhejiang", "anhui"]);

    [Fact]
    public void A_region_listed_twice_is_refused_with_its_line()
    {
        var e = Refused("regions:\n  - id: a\n    zh: 甲\n    en: A\n  - id: a\n    zh: 乙\n    en: B\n");
        e.Problem.ShouldContain("listed twice");
        e.Line.ShouldBe(5);
        e.File.ShouldBe("content/site.yml");
    }

    [Theory]
    [InlineData("regions: []\n")]
    [InlineData("regions:\n")]
    [InlineData("other: 1\n")]
    public void An_empty_or_missing_list_is_refused(string yaml) => Refused(yaml).Key.ShouldBe("regions");

    [Theory]
    [InlineData("regions:\n  - id: Shanghai\n    zh: 上海\n    en: Shanghai\n", "regions.id")]
    [InlineData("regions:\n  - id: ../x\n    zh: 上海\n    en: Shanghai\n", "regions.id")]
    [InlineData("regions:\n  - id: shanghai\n    en: Shanghai\n", "regions.zh")]
    public void An_entry_that_is_not_a_region_names_its_key(string yaml, string key) => Refused(yaml).Key.ShouldBe(key);

    [Fact]
    public void A_missing_file_is_refused_naming_it() =>
        Should.Throw<InputException>(() => SiteSettings.ReadRegions(Path.Combine(folder, "none.yml"), folder, "content/none.yml"))
            .File.ShouldBe("content/none.yml");
}
