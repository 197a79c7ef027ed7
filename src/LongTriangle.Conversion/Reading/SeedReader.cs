using System.Text;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Reading;

/// <summary>
/// Turns a seed's bytes into numbered lines of text: detects the encoding (BOMs, UTF-8, GB18030, Big5,
/// line by line when a file mixes them), normalises line endings and Unicode (NFC), and refuses input
/// that is empty, binary or not decodable with a <see cref="ConversionException"/> naming the file.
/// </summary>
public sealed class SeedReader(EncodingDetector detector, UnicodeNormaliser normaliser)
{
    /// <summary>
    /// Share of unreadable characters (U+FFFD, from bytes no candidate encoding accepts or already in the
    /// scraped text) above which a file is not text. Scraped pages with a run of lost characters in a short
    /// text are still text: the lost characters are marked and recorded, not the file refused.
    /// </summary>
    private const double MaximumDamage = 0.25;

    public WorkingText Read(Seed seed)
    {
        var bytes = seed.Bytes;
        if (bytes.Length == 0)
        {
            throw new ConversionException(seed.FullPath, null, "the file is empty; put the document's text in it, or remove it");
        }

        var decoded = Decode(seed);
        var repairs = new List<Repair>(decoded.Repairs);
        var lines = new List<SourceLine>();
        var number = 0;
        foreach (var (rawNumber, rawText) in decoded.Lines)
        {
            number = Math.Max(number + 1, rawNumber);
            // U+2028/2029/0085 end lines too; editors count them, so the numbers after them move on.
            var pieces = rawText.Split(['\u2028', '\u2029', '\u0085']);
            for (var p = 0; p < pieces.Length; p++)
            {
                if (p > 0)
                {
                    number++;
                }

                lines.Add(new SourceLine(number, Clean(number, pieces[p], repairs)));
            }
        }

        CheckDamage(seed, lines);
        if (lines.All(l => string.IsNullOrWhiteSpace(l.Text)))
        {
            throw new ConversionException(seed.FullPath, null, "the file contains no text (only white space); put the document's text in it, or remove it");
        }

        return WorkingText.Start(seed, lines, repairs);
    }

    private DecodedSeed Decode(Seed seed)
    {
        var bytes = seed.Bytes;
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return DecodeWhole(new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: false), bytes, 4, "utf-32le");
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeWhole(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false), bytes, 2, "utf-16be");
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeWhole(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false), bytes, 2, "utf-16le");
        }

        if (BinaryContent.Recognise(bytes) is { } kind)
        {
            throw new ConversionException(seed.FullPath, null, $"the file is not text: it looks like {kind}; a seed is the plain text of a document, so remove it or replace it with the text");
        }

        if (detector.Utf16ByteOrder(bytes) is { } order)
        {
            return DecodeWhole(new UnicodeEncoding(order == "utf-16be", byteOrderMark: false, throwOnInvalidBytes: false), bytes, 0, order);
        }

        if (BinaryContent.LooksLikeUtf16(bytes, out var bigEndian))
        {
            return DecodeWhole(new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: false), bytes, 0,
                bigEndian ? "utf-16be" : "utf-16le");
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            throw new ConversionException(seed.FullPath, ByteLines.LineOf(bytes, nul), "the file is not text: it contains NUL bytes (binary data); a seed is the plain text of a document");
        }

        var hasUtf8Bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var body = hasUtf8Bom ? bytes.AsMemory(3) : bytes.AsMemory();
        return detector.DecodeLines(ByteLines.Split(body));
    }

    private static DecodedSeed DecodeWhole(Encoding encoding, byte[] bytes, int skip, string name)
    {
        var text = encoding.GetString(bytes, skip, bytes.Length - skip);
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select((t, i) => (i + 1, t)).ToList();
        return new DecodedSeed(name, lines, []);
    }

    private string Clean(int line, string text, List<Repair> repairs)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var withoutControls = RemoveControls(text);
        if (withoutControls.Length != text.Length)
        {
            repairs.Add(new Repair(RepairKind.StrayCharacterRemoved, line, Visible(text), withoutControls, "control characters removed"));
            text = withoutControls;
        }

        var nfc = normaliser.ToNfc(text);
        if (!string.Equals(nfc, text, StringComparison.Ordinal))
        {
            repairs.Add(new Repair(RepairKind.UnicodeNormalisation, line, text, nfc, "Unicode NFC"));
        }

        return nfc;
    }

    private static string RemoveControls(string text)
    {
        if (!text.Any(IsStrayControl))
        {
            return text;
        }

        return string.Concat(text.Where(c => !IsStrayControl(c)));
    }

    private static bool IsStrayControl(char c) => c < 0x20 && c != '\t' || c is '\u007F' or '\uFEFF' || c is >= '\u0080' and <= '\u009F' && c != '\u0085';

    private static string Visible(string text) =>
        string.Concat(text.Select(c => IsStrayControl(c) ? $"U+{(int)c:X4}" : c.ToString()));

    private static void CheckDamage(Seed seed, List<SourceLine> lines)
    {
        var total = 0;
        var damaged = 0;
        int? firstDamaged = null;
        foreach (var line in lines)
        {
            foreach (var c in line.Text)
            {
                if (char.IsWhiteSpace(c))
                {
                    continue;
                }

                total++;
                if (c == '\uFFFD')
                {
                    damaged++;
                    firstDamaged ??= line.Number;
                }
            }
        }

        if (total > 0 && damaged > total * MaximumDamage)
        {
            throw new ConversionException(seed.FullPath, firstDamaged,
                $"the file cannot be decoded as text: {damaged} of {total} characters are unreadable (bytes not valid in UTF-8, GB18030 or Big5, or U+FFFD); save it as UTF-8");
        }
    }
}
