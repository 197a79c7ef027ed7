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
    public void Names_are_the_authoritative_one_and_one_per_translation_by_its_code()
    {
        File.WriteAllText(Path.Combine(folder, "site.yml"), "regions:\n  - id: shanghai\n    zh: 上海\n    en: Shanghai\n    fr: Shanghaï\n");
        var region = SiteSettings.Read(Path.Combine(folder, "site.yml"), folder, "content/site.yml", ["en"]).Regions.ShouldHaveSingleItem();
        region.Name.ShouldBe("上海");
        region.TranslatedNames.ShouldBe(new Dictionary<string, string> { ["en"] = "Shanghai", ["fr"] = "Shanghaï" });
    }

    [Fact]
    public void A_region_without_the_name_of_a_required_translation_is_refused_with_its_line_and_key()
    {
        File.WriteAllText(Path.Combine(folder, "site.yml"), "regions:\n  - id: national\n    zh: 国家\n    en: National\n  - id: shanghai\n    zh: 上海\n");
        var e = Should.Throw<InputException>(() => SiteSettings.Read(Path.Combine(folder, "site.yml"), folder, "content/site.yml", ["en"]));
        e.Key.ShouldBe("regions.en");
        e.Line.ShouldBe(5);
    }

    [Fact]
    public void A_key_that_is_not_a_language_code_is_refused_not_ignored()
    {
        var e = Refused("regions:\n  - id: shanghai\n    zh: 上海\n    English: Shanghai\n");
        e.Key.ShouldBe("regions");
        e.Line.ShouldBe(4);
        e.Problem.ShouldContain("'English' is not a language code");
    }

    [Fact]
    public void A_missing_file_is_refused_naming_it() =>
        Should.Throw<InputException>(() => SiteSettings.ReadRegions(Path.Combine(folder, "none.yml"), folder, "content/none.yml"))
            .File.ShouldBe("content/none.yml");
}
