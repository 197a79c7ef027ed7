using System.Text;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Sidecars;

namespace LongTriangle.Conversion.Tests;

/// <summary>
/// End to end, not only reading: a seed saved in GB18030 or Big5 converts to the same Markdown as its
/// UTF-8 original (but for the seed's own hash, which names the bytes received).
/// </summary>
public sealed class ReEncodedSeedsTests(ConversionData data) : IClassFixture<ConversionData>
{
    private readonly ConversionPipeline _pipeline = new();

    public static TheoryData<string> Seeds => [.. Directory.GetFiles(RepositoryRoot.Seeds, "*.txt").Select(f => Path.GetFileName(f)[..3]).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_seed_re_encoded_as_gb18030_converts_to_the_same_markdown(string prefix)
    {
        var original = SeedFiles.Load(prefix);
        var gb18030 = data.Encodings.Gb18030.GetBytes(Encoding.UTF8.GetString(original.Bytes));

        Convert(original.FileName, gb18030).ShouldBe(Convert(original.FileName, original.Bytes));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    public void A_traditional_seed_re_encoded_as_big5_converts_to_the_same_markdown(string prefix)
    {
        // Big5 carries only Traditional characters: the comparison is over the seed's Big5-encodable
        // characters (others become □ in both copies; see EncodingEquivalenceTests), saved both ways.
        var original = SeedFiles.Load(prefix);
        var encodable = new StringBuilder();
        foreach (var rune in Encoding.UTF8.GetString(original.Bytes).EnumerateRunes())
            encodable.Append(Reading.EncodingEquivalenceTests.CanEncode(data.Encodings.Big5, rune.ToString()) ? rune.ToString() : "□");
        var text = encodable.ToString();

        Convert(original.FileName, data.Encodings.Big5.GetBytes(text)).ShouldBe(Convert(original.FileName, Encoding.UTF8.GetBytes(text)));
    }

    private string Convert(string fileName, byte[] bytes)
    {
        var path = Path.Combine(RepositoryRoot.Seeds, fileName);
        var regions = SiteRegions.Read(Path.Combine(RepositoryRoot.Content, "site.yml"));
        var document = _pipeline.Convert(new Seed(fileName, path, bytes), SidecarReader.ForSeed(path, RepositoryRoot.Seeds, regions), regions);
        var markdown = ConversionPipeline.Write(document).Markdown;
        return string.Join('\n', markdown.Split('\n').Where(line => !line.TrimStart().StartsWith("sha256:", StringComparison.Ordinal)));
    }
}
