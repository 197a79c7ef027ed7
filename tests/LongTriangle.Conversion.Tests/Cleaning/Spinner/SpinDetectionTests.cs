using LongTriangle.Conversion.Cleaning.Spinner;
using LongTriangle.Conversion.Tests.Cleaning.Layout;

namespace LongTriangle.Conversion.Tests.Cleaning.Spinner;

public class SpinDetectionTests
{
    [Fact]
    public void The_spun_seed_shows_dozens_of_different_signatures_per_thousand_characters()
    {
        var detection = SpinDetection.Of(SeedFragment.WholeSeed("003_250b656865971da6.txt").Texts(), SpinnerPhraseTable.Embedded);

        detection.IsSpun.ShouldBeTrue();
        detection.DistinctSignatures.ShouldBeGreaterThan(SpinDetection.MinimumDistinctSignatures * 5);
        detection.PerThousand.ShouldBeGreaterThan(SpinDetection.MinimumPerThousand * 10);
    }

    [Fact]
    public void A_genuine_seed_shows_no_signature()
    {
        var detection = SpinDetection.Of(SeedFragment.WholeSeed("001_df41f4f8f86f6848.txt").Texts(), SpinnerPhraseTable.Embedded);

        detection.SignatureHits.ShouldBe(0);
        detection.IsSpun.ShouldBeFalse();
    }

    [Fact]
    public void A_few_signature_words_are_not_enough()
    {
        // Genuine lines of seeds 002 and 000: 高成长 is a signature word used genuinely; 形成长三角 and
        // 智慧财产权 only contain signature words across word boundaries, which the table's exceptions skip.
        var detection = SpinDetection.Of(
            ["支持高成长创新企业到科创板上市。", "努力形成长三角共性与个性相得益彰。", "联合加强智慧财产权保护。"],
            SpinnerPhraseTable.Embedded);

        detection.SignatureHits.ShouldBe(1);
        detection.IsSpun.ShouldBeFalse();
    }
}
