using System.Text;
using LongTriangle.Conversion.Cleaning.Pinyin;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Conversion.Cleaning.LostText;

/// <summary>
/// Reverses garbling where the bytes allow it: UTF-8 that was read as Windows-1252/Latin-1
/// ("å›½å®¶" → 国家) or as GBK ("鍥藉" → 国家), and GBK text read out of step after a lost character
/// (see <see cref="GbkRealignment"/>). Must run before script conversion: the garbled characters are
/// re-encoded exactly as they stand. Characters that cannot be recovered are left as U+FFFD for
/// <see cref="LostCharacterStage"/>. One <see cref="RepairKind.MojibakeRepaired"/> repair per repaired run.
/// A reading the page printed after a lost mark (<see cref="WorkingText.LostReadings"/>) joins the surviving byte
/// in naming the character; the readings are consumed here.
/// </summary>
public sealed class MojibakeRepairStage(LegacyEncodings encodings, CommonHanzi hanzi, NeighbourWordChoice? words = null, MandarinReadings? readings = null) : ICleaningStage
{
    private readonly GbkRealignment realignment = new(encodings, hanzi, words, readings);
    private readonly Encoding windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    /// <summary>
    /// Realignments a document must show (each with misreading in it: rare characters, stray letters) before
    /// a run of lost marks without misreading in it ("新出???,") is read as the same damage: then a realignment
    /// that names every character it recovers is taken there too.
    /// </summary>
    public const int PatternThreshold = 3;

    public WorkingText Apply(WorkingText text)
    {
        var lines = new List<SourceLine>(text.Lines.Length);
        var repairs = new List<Repair>();
        var printedByLine = text.LostReadings.GroupBy(r => r.Line).ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Index, r => r.Syllable));
        var printed = new Dictionary<int, IReadOnlyDictionary<int, PinyinSyllable>>();
        foreach (var line in text.Lines)
        {
            var repaired = RepairRuns(line, IsLatinMojibakeChar, TryUtf8ReadAsLatin, repairs, "UTF-8 read as Windows-1252");
            repaired = WholeLineUtf8ReadAsGbk(line with { Text = repaired }, repairs)
                ?? RepairRuns(line with { Text = repaired }, c => IsHanRunChar(c) || c == '\uFFFD', TryUtf8ReadAsGbk, repairs, "UTF-8 read as GBK");
            // The readings' positions hold while the line is as the pinyin stage left it.
            if (repaired == line.Text && printedByLine.TryGetValue(line.Number, out var onLine))
            {
                printed[line.Number] = onLine;
            }

            lines.Add(line with { Text = repaired });
        }

        // The document's pattern is judged on the realignments its misreadings prove, before any is made.
        var attested = words?.WordsOf(lines.Select(l => l.Text));
        var proven = lines.Sum(line => Realign(line, [], patternShown: false, attested, printed.GetValueOrDefault(line.Number)).Count);
        var patternShown = proven >= PatternThreshold;
        var realigned = new List<SourceLine>(lines.Count);
        foreach (var line in lines)
        {
            realigned.Add(line with { Text = Realign(line, repairs, patternShown, attested, printed.GetValueOrDefault(line.Number)).Text });
        }

        return text.WithLines(realigned).AddRepairs(repairs) with { LostReadings = [] };
    }

    private (string Text, int Count) Realign(SourceLine line, List<Repair> repairs, bool patternShown, IReadOnlySet<string>? attested, IReadOnlyDictionary<int, PinyinSyllable>? printed)
    {
        var text = line.Text;
        if (!text.Contains('?'))
        {
            return (text, 0);
        }

        var output = new StringBuilder(text.Length);
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '?' && InChineseContext(text, i) && realignment.RepairNaming(text, i, attested, printed, damageShown: patternShown) is { } fix
                && (ShowsMisreading(text.Substring(i, fix.Length)) || (patternShown && fix.Named.Count > 0 && fix.LostCharacters == 0)))
            {
                count++;
                output.Append(fix.Replacement);
                var note = "GBK read out of step after a lost character"
                    + string.Concat(fix.Named.Select(n => $"; {n.Character} named by {n.Evidence}"))
                    + (fix.MarkBytes is { } bytes
                        ? $"; the mark between the lost marks can be their bytes ({bytes}: the trail of one character and the lead of the next), so it is not published as the text's; at least {fix.LostCharacters} characters are lost there"
                        : "");
                repairs.Add(new Repair(RepairKind.MojibakeRepaired, line.Number, text.Substring(i, fix.Length),
                    fix.Replacement.Replace('\uFFFD', LostCharacterStage.Mark), note));
                i += fix.Length;
                continue;
            }

            output.Append(text[i]);
            i++;
        }

        return (output.ToString(), count);
    }

    /// <summary>
    /// A whole line garbled at once, with ASCII (5G, 2025) and the odd symbol the GBK reader produced
    /// (┍) among the Han characters: re-encoded as one, it reads again as UTF-8.
    /// </summary>
    private string? WholeLineUtf8ReadAsGbk(SourceLine line, List<Repair> repairs)
    {
        var text = line.Text;
        if (text.Length < 3 || !text.Any(c => c > '\u007F') || TryUtf8ReadAsGbk(text) is not { } repaired)
        {
            return null;
        }

        repairs.Add(new Repair(RepairKind.MojibakeRepaired, line.Number, text, repaired.Replace('\uFFFD', LostCharacterStage.Mark), "UTF-8 read as GBK"));
        return repaired;
    }

    /// <summary>
    /// Text read out of step shows it: rare characters and stray Latin letters or symbols (苿摦a, 兑巹澗V).
    /// Lost characters among sound text (提升??。?港区) are only lost: realigning them would invent text.
    /// </summary>
    private bool ShowsMisreading(string span) =>
        span.EnumerateRunes().Any(r =>
            CommonHanzi.IsHan(r.Value) ? !hanzi.IsCommon(r.Value)
            : r.IsAscii && r.Value != '?' && !char.IsWhiteSpace((char)r.Value) && !char.IsAsciiDigit((char)r.Value));

    private static bool InChineseContext(string text, int i)
    {
        var before = i > 0 ? text[i - 1] : '\0';
        if ("吗呢么嘛吧乎".Contains(before))
        {
            return false;
        }

        return CommonHanzi.IsCjk(before) || char.IsAsciiDigit(before) || before is '%' or '?' || i == 0;
    }

    private string RepairRuns(SourceLine line, Func<char, bool> inRun, Func<string, string?> decode, List<Repair> repairs, string note)
    {
        var text = line.Text;
        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!inRun(text[i]))
            {
                output.Append(text[i++]);
                continue;
            }

            var end = i;
            while (end < text.Length && inRun(text[end]))
            {
                end++;
            }

            var run = text[i..end];
            if (run.Length >= 2 && decode(run) is { } fixedText)
            {
                output.Append(fixedText);
                repairs.Add(new Repair(RepairKind.MojibakeRepaired, line.Number, run, fixedText, note));
            }
            else
            {
                output.Append(run);
            }

            i = end;
        }

        return output.ToString();
    }

    private static bool IsLatinMojibakeChar(char c) => c is >= '\u0080' and <= '\u00FF' || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".Contains(c);

    private static bool IsHanRunChar(char c) => CommonHanzi.IsHan(c) || c is >= '\u3000' and <= '\u303F' || c is >= '\uFF00' and <= '\uFFEF';

    private string? TryUtf8ReadAsLatin(string run)
    {
        if (!run.Any(c => c is >= '\u00E0' and <= '\u00EF'))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = windows1252.GetBytes(run);
        }
        catch (EncoderFallbackException)
        {
            // C1 controls (bytes 81, 8D, 8F, 90, 9D) come through Latin-1 rather than Windows-1252.
            bytes = run.Select(c => c <= '\u00FF' ? (byte)c : (byte)0).ToArray();
        }

        return Better(run, LegacyEncodings.TryDecode(encodings.Utf8Strict, bytes));
    }

    private string? TryUtf8ReadAsGbk(string run)
    {
        if (run.Length < 3 || !MayBeGarbled(run.Replace("\uFFFD", "")))
        {
            return null;
        }

        if (run.Contains('\uFFFD'))
        {
            // The losses are already counted in the run: judge what was read, and lose nothing more.
            return Utf8WithLostBytes(run) is { } decoded
                && decoded.Count(c => c == '\uFFFD') <= run.Count(c => c == '\uFFFD')
                && Better(run.Replace("\uFFFD", ""), decoded.Replace("\uFFFD", "")) is not null
                ? decoded : null;
        }

        byte[] bytes;
        try
        {
            bytes = encodings.Gbk.GetBytes(run);
        }
        catch (EncoderFallbackException)
        {
            return null;
        }

        // A run cut in the middle of its last character (the page lost the bytes after it) is still
        // UTF-8 up to there: the cut character is lost, the rest comes back.
        return Better(run, LegacyEncodings.TryDecode(encodings.Utf8Strict, bytes) ?? CutAtTheEnd(bytes));
    }

    private string? CutAtTheEnd(byte[] bytes)
    {
        for (var cut = 1; cut <= 3 && cut < bytes.Length; cut++)
        {
            if (LegacyEncodings.TryDecode(encodings.Utf8Strict, bytes[..^cut]) is { } head)
            {
                return head + "\uFFFD";
            }
        }

        return null;
    }

    /// <summary>
    /// UTF-8 read as GBK where the GBK reader replaced bytes it could not pair with U+FFFD: how many bytes
    /// each U+FFFD stood for is unknown, but UTF-8 finds its step again at the next character's first
    /// byte, so only the character around the lost bytes is lost. It becomes one U+FFFD.
    /// </summary>
    private string? Utf8WithLostBytes(string run)
    {
        var bytes = new List<byte>(run.Length * 2);
        foreach (var segment in run.Split('\uFFFD'))
        {
            if (bytes.Count > 0 || run[0] == '\uFFFD')
            {
                bytes.Add(0xFF); // never valid in UTF-8: marks the lost bytes
            }

            try
            {
                bytes.AddRange(encodings.Gbk.GetBytes(segment));
            }
            catch (EncoderFallbackException)
            {
                return null;
            }
        }

        var decoded = encodings.Utf8Lenient.GetString([.. bytes]);
        var collapsed = new StringBuilder(decoded.Length);
        foreach (var c in decoded)
        {
            if (c != '\uFFFD' || collapsed.Length == 0 || collapsed[^1] != '\uFFFD')
            {
                collapsed.Append(c);
            }
        }

        return collapsed.ToString();
    }

    /// <summary>The decoding, when it is Chinese text and clearly more plausible than the run was.</summary>
    private string? Better(string run, string? decoded)
    {
        if (decoded is null || !decoded.Any(c => CommonHanzi.IsHan(c)))
        {
            return null;
        }

        var after = hanzi.Plausibility(decoded);
        return after >= Plausible && after > hanzi.Plausibility(run) + ClearlyBetter ? decoded : null;
    }

    /// <summary>
    /// Whether re-reading <paramref name="run"/> could ever be <see cref="Better"/>: a run already this plausible
    /// cannot gain <see cref="ClearlyBetter"/>. Sound text (almost every line) is let through before any
    /// re-encoding, which would cost an encoding, several decodings and often an exception per line.
    /// </summary>
    private bool MayBeGarbled(string run) => hanzi.Plausibility(run) < 1 - ClearlyBetter;

    private const double Plausible = 0.8;
    private const double ClearlyBetter = 0.3;
}
