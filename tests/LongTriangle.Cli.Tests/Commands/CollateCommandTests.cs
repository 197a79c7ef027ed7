using LongTriangle.Cli.Commands;

namespace LongTriangle.Cli.Tests.Commands;

public sealed class CollateCommandTests : IDisposable
{
    private static readonly Tool Tool = new([new CollateCommand()]);

    private readonly CliWorkspace _workspace = new(Tool);

    private string Root => _workspace.Root;

    public void Dispose() => _workspace.Dispose();

    private void UseRepositorySeeds(params string[] seeds)
    {
        File.Delete(_workspace.SeedPath);
        File.Delete(_workspace.SeedPath + ".yml");
        foreach (var seed in seeds)
        {
            File.Copy(Path.Combine(RepositoryRoot.Path, "seeds", seed), Path.Combine(Root, "seeds", seed));
            File.Copy(Path.Combine(RepositoryRoot.Path, "seeds", seed + ".yml"), Path.Combine(Root, "seeds", seed + ".yml"));
        }
    }

    [Fact]
    public void Two_seeds_that_share_passages_report_their_variant_readings_with_both_witnesses()
    {
        // The Outline's newspaper copy and the Jiangsu plan, which quotes much of the Outline's chapter 12.
        UseRepositorySeeds("001_df41f4f8f86f6848.txt", "002_f2685fdcc6131396.txt");
        var (exit, output, errors) = _workspace.Run("collate");
        errors.ShouldBeEmpty();
        exit.ShouldBe(ExitCodes.Ok);
        // The plan adapts the Outline's 国家发展改革委 to its own province: a variant the editor leaves as it is.
        output.ShouldContain("outline-2019#chp_12__sec_2__para_1  …组办公室设在〔国家 | 省〕发展改革委，…  jiangsu-implementation-plan#part_4__sec_1__para_1");
        // Places the sidecar's errata corrected now agree with the plan's quotation (招引, 创新链).
        output.ShouldNotContain("〔引进 | 招引〕");
        output.ShouldNotContain("〔供应 | 创新〕");
        output.ShouldMatch(@"\n\d+ variant readings\n$");
    }

    [Fact]
    public void An_outside_copy_is_collated_as_one_more_witness()
    {
        var witness = Path.Combine(Root, "official.txt");
        File.WriteAllText(witness, "\n实施长江三角洲区域一体化发展规划，是党中央作出的重大决策部署。\n");
        var (exit, output, _) = _workspace.Run("collate", "--witness", witness, "--document", "official");
        exit.ShouldBe(ExitCodes.Ok);
        output.ShouldBe("official#line_2  …域一体化发展〔规划 | 战略〕，是党中央作…  shanghai-plan#preface__para_1\n1 variant readings\n");
    }

    [Fact]
    public void An_unknown_document_is_a_usage_error() =>
        _workspace.Run("collate", "--document", "nowhere").Exit.ShouldBe(ExitCodes.Usage);

    [Fact]
    public void A_missing_witness_file_is_one_line_naming_it()
    {
        var (exit, _, errors) = _workspace.Run("collate", "--witness", "gone.txt");
        exit.ShouldBe(ExitCodes.InputError);
        errors.ShouldContain("gone.txt");
        errors.Trim().ShouldNotContain('\n');
    }
}
