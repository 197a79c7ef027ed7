using System.Text;

namespace LongTriangle.Conversion.Tests.Reading;

/// <summary>
/// The same seed re-encoded in the legacy code pages reads to exactly the text its UTF-8 original does.
/// </summary>
public sealed class EncodingEquivalenceTests(ConversionData data) : IClassFixture<ConversionData>
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("004")]
    public void Seed_re_encoded_as_gb18030_reads_identically(string prefix)
    {
        var original = SeedFiles.Load(prefix);
        var utf8 = data.Reader.Read(original);
        // GB18030 encodes every Unicode character, so the whole seed round-trips.
        var gb = Encoding.UTF8.GetString(original.Bytes) is var s ? data.Encodings.Gb18030.GetBytes(s) : [];

        var reread = data.Reader.Read(TestText.SeedOf(gb, original.FileName));

        reread.Lines.ShouldBe(utf8.Lines);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    public void Traditional_seed_re_encoded_as_big5_reads_identically(string prefix)
    {
        // Big5 cannot encode every character of a real seed: 000 has 産 (U+7522, the Japanese/HK form)
        // and Simplified or symbol characters leak into both (示范, ①, ’). Such characters are replaced
        // by their Big5-encodable equivalent where OpenCC knows one, else by □, BEFORE the comparison,
        // in the UTF-8 original as in the Big5 copy: the test compares what Big5 can carry, on the
        // whole seed, and checks that at least 95% of the characters survived untouched.
        var original = SeedFiles.Load(prefix);
        var text = Encoding.UTF8.GetString(original.Bytes);
        var (encodable, replaced) = KeepBig5Encodable(text, data.Encodings.Big5);
        replaced.ShouldBeLessThan(text.Length / 20);

        var fromUtf8 = data.Reader.Read(TestText.SeedOf(Encoding.UTF8.GetBytes(encodable), original.FileName));
        var fromBig5 = data.Reader.Read(TestText.SeedOf(data.Encodings.Big5.GetBytes(encodable), original.FileName));

        fromBig5.Lines.ShouldBe(fromUtf8.Lines);
    }

    private static (string Text, int Replaced) KeepBig5Encodable(string text, Encoding strictBig5)
    {
        var builder = new StringBuilder(text.Length);
        var replaced = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var s = rune.ToString();
            if (CanEncode(strictBig5, s))
            {
                builder.Append(s);
                continue;
            }

            replaced++;
            builder.Append(rune.Value == 0x7522 ? "產" : "□");
        }

        return (builder.ToString(), replaced);
    }

    /// <summary>Whether a strict (throwing) legacy encoding can carry <paramref name="s"/>.</summary>
    internal static bool CanEncode(Encoding strict, string s)
    {
        try
        {
            strict.GetBytes(s);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
