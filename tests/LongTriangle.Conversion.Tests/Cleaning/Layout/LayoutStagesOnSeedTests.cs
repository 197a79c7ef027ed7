using LongTriangle.Conversion.Cleaning;
using LongTriangle.Conversion.Cleaning.Layout;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Tests.Cleaning.Layout;

/// <summary>The layout stages over the whole of seed 001 (a Simplified print copy): exactly its print damage is repaired.</summary>
public class LayoutStagesOnSeedTests
{
    [Fact]
    public void Seed_001_gets_its_marker_breaks_doubled_character_and_stray_dash_repaired_and_nothing_else()
    {
        ICleaningStage[] stages = [new ContinuationMarkerStage(), new LineRejoinStage(), new StraySeparatorStage()];
        var text = stages.Aggregate(SeedFragment.WholeSeed("001_df41f4f8f86f6848.txt"), (t, s) => s.Apply(t));

        text.Repairs.Select(r => $"{r.Kind.WireName()} {r.Line} {r.Before.Replace("\n", "⏎")}").ShouldBe([
            "continuation-marker-removed 5 (上接第五版)",
            "line-rejoined 35 展外国人永久居留、外国人⏎来华工作许可、出入境便利",
            "doubled-character-removed 77 念",
            "line-rejoined 75 极探索深入落实新发展理念⏎念、一体化制度率先突破、",
            "line-rejoined 115 必要的贸易监管、许可和程⏎序要求,实行高标准的货物",
            "stray-character-removed 47 标准统一—管理制度",
        ]);
        text.Facts.LeadingFragmentLine.ShouldBe(5);
        text.Lines.Count(l => l.Text.StartsWith("第", StringComparison.Ordinal) && l.Text.Contains('章')).ShouldBe(5);
    }
}
