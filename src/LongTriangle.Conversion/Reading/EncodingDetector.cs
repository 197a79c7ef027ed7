using System.Text;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Reading;

/// <summary>
/// Chooses how to decode a seed without a byte-order mark. The file's encoding is the one under which
/// most lines with non-ASCII bytes are valid and read as common Chinese; a line that is invalid in
/// that encoding (a file assembled from several sources) is decoded on its own, and recorded as an
/// <see cref="RepairKind.Encoding"/> repair. Bytes valid in no candidate become U+FFFD, for the lost
/// text stage to mark.
/// </summary>
public sealed class EncodingDetector(LegacyEncodings encodings, CommonHanzi hanzi)
{
    private const string Utf8 = "utf-8", Gb18030 = "gb18030", Big5 = "big5";

    public DecodedSeed DecodeLines(IReadOnlyList<ReadOnlyMemory<byte>> lines)
    {
        var primary = ChooseFileEncoding(lines);
        var decoded = new List<(int, string)>(lines.Count);
        var repairs = new List<Repair>();
        for (var i = 0; i < lines.Count; i++)
        {
            var number = i + 1;
            var bytes = lines[i].Span;
            if (IsAscii(bytes))
            {
                decoded.Add((number, Encoding.ASCII.GetString(bytes)));
                continue;
            }

            if (LegacyEncodings.TryDecode(Strict(primary), bytes) is { } text
                && (primary == Utf8 || hanzi.Plausibility(text) >= 0.5))
            {
                decoded.Add((number, text));
                continue;
            }

            var (name, best, lossy) = BestForLine(bytes);
            decoded.Add((number, best));
            var note = lossy
                ? $"bytes invalid in {primary}, UTF-8, GB18030 and Big5; read as {name} with undecodable bytes marked"
                : $"line encoded in {name} while the file is {primary}";
            repairs.Add(new Repair(RepairKind.Encoding, number, "", "", note));
        }

        return new DecodedSeed(primary, decoded, repairs);
    }

    /// <summary>
    /// Share of a UTF-16 reading that must be text (common Han characters, CJK punctuation, printable ASCII,
    /// white space) to take a file without a byte-order mark as UTF-16. Chinese UTF-16 has few NUL bytes (only
    /// its ASCII has them), so the NUL count that finds English UTF-16 misses it; read the wrong way, UTF-8,
    /// GB18030 and ASCII bytes pair up into Hangul, surrogates, private-use and rare characters instead.
    /// </summary>
    private const double Utf16TextShare = 0.9;

    /// <summary>"utf-16le" or "utf-16be" when the bytes read as Chinese text in that byte order; otherwise null.</summary>
    public string? Utf16ByteOrder(ReadOnlySpan<byte> bytes)
    {
        var even = bytes[..(bytes.Length & ~1)];
        if (even.Length < 8) return null;
        foreach (var (name, bigEndian) in new[] { ("utf-16le", false), ("utf-16be", true) })
        {
            if (LegacyEncodings.TryDecode(new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true), even) is not { } text) continue;
            int readable = 0, han = 0, total = 0;
            foreach (var rune in text.EnumerateRunes())
            {
                var c = rune.Value;
                total++;
                var common = hanzi.IsCommon(c);
                if (common) han++;
                if (common || c is >= 0x20 and < 0x7F or '\t' or '\n' or '\r' || CommonHanzi.IsCjk(c) && !CommonHanzi.IsHan(c)) readable++;
            }
            if (readable >= total * Utf16TextShare && han >= total / 4) return name;
        }
        return null;
    }

    private string ChooseFileEncoding(IReadOnlyList<ReadOnlyMemory<byte>> lines)
    {
        // Score each candidate over the lines that need one: a valid line adds its plausibility,
        // an invalid line counts as a loss. UTF-8 wins ties: it is by far the most likely today.
        double utf8 = 0, gb = 0, big5 = 0;
        foreach (var line in lines)
        {
            var bytes = line.Span;
            if (IsAscii(bytes))
            {
                continue;
            }

            utf8 += Score(encodings.Utf8Strict, bytes);
            gb += Score(encodings.Gb18030, bytes);
            big5 += Score(encodings.Big5, bytes);
        }

        if (utf8 >= gb && utf8 >= big5)
        {
            return Utf8;
        }

        return gb >= big5 ? Gb18030 : Big5;
    }

    private double Score(Encoding strict, ReadOnlySpan<byte> bytes) =>
        LegacyEncodings.TryDecode(strict, bytes) is { } text ? 0.5 + hanzi.Plausibility(text) : -1;

    private (string Name, string Text, bool Lossy) BestForLine(ReadOnlySpan<byte> bytes)
    {
        (string Name, string Text, double Score)? best = null;
        foreach (var (name, encoding) in new[] { (Utf8, encodings.Utf8Strict), (Gb18030, encodings.Gb18030), (Big5, encodings.Big5) })
        {
            if (LegacyEncodings.TryDecode(encoding, bytes) is not { } text)
            {
                continue;
            }

            var score = hanzi.Plausibility(text);
            if (best is null || score > best.Value.Score)
            {
                best = (name, text, score);
            }
        }

        if (best is { } found)
        {
            return (found.Name, found.Text, false);
        }

        // Nothing decodes cleanly: keep whichever lenient reading loses least.
        var array = bytes.ToArray();
        var lenient = new[] { (Utf8, encodings.Utf8Lenient), (Gb18030, encodings.GbkLenient), (Big5, encodings.Big5Lenient) }
            .Select(c => (c.Item1, Text: c.Item2.GetString(array)))
            .OrderByDescending(c => hanzi.Plausibility(c.Text))
            .ThenBy(c => c.Text.Count(ch => ch == '\uFFFD'))
            .First();
        return (lenient.Item1, lenient.Text, true);
    }

    private Encoding Strict(string name) => name switch
    {
        Gb18030 => encodings.Gb18030,
        Big5 => encodings.Big5,
        _ => encodings.Utf8Strict,
    };

    private static bool IsAscii(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                return false;
            }
        }

        return true;
    }
}
