using System.Text.RegularExpressions;
using LongTriangle.Inputs;

namespace LongTriangle.Content.Tests;

public sealed class RepairKindTests
{
    [Fact]
    public void Every_kind_reads_back_from_its_wire_name_and_no_two_share_one()
    {
        foreach (var kind in RepairKinds.All)
            RepairKinds.Read(kind.WireName()).ShouldBe(kind);
        RepairKinds.All.Select(k => k.WireName()).Distinct(StringComparer.Ordinal).Count().ShouldBe(RepairKinds.All.Count);
    }

    [Fact]
    public void Wire_names_are_kebab_case() =>
        RepairKinds.All.Select(k => k.WireName()).ShouldAllBe(name => Regex.IsMatch(name, "^[a-z]+(-[a-z]+)*$"));

    [Fact]
    public void The_wire_names_are_the_ones_content_on_disk_already_uses() =>
        // Renaming a member must not rename what provenance and front matter say (content stays byte-identical).
        (RepairKind.HeadingInserted.WireName(), RepairKind.UnicodeNormalisation.WireName(), RepairKind.Erratum.WireName())
            .ShouldBe(("heading-missing-in-source", "unicode-normalisation", "erratum"));

    [Theory]
    [InlineData("spelling-fixed")]
    [InlineData("ChromeRemoved")]
    [InlineData("chrome_removed")]
    [InlineData("")]
    public void A_kind_the_format_does_not_define_is_refused_in_one_line_naming_file_line_and_key(string name)
    {
        RepairKinds.Read(name).ShouldBeNull();

        var error = Should.Throw<InputException>(() => RepairKinds.Parse(name, "content/zh/national/outline-2019.md", 27, "repairs"));
        (error.File, error.Line, error.Key).ShouldBe(("content/zh/national/outline-2019.md", (int?)27, "repairs"));
        error.Message.ShouldStartWith($"content/zh/national/outline-2019.md:27 (repairs): '{name}' is not a kind of repair");
        error.Message.ShouldNotContain('\n');
    }

    [Fact]
    public void A_known_name_parses_to_its_kind() =>
        RepairKinds.Parse("lost-character-recovered", "f.yml", 1, "repairs.kind").ShouldBe(RepairKind.LostCharacterRecovered);
}
