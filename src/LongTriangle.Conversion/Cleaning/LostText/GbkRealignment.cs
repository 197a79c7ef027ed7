using System.Text;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Conversion.Cleaning.LostText;

/// <summary>
/// Undoes a garbling seen on sites that pass GBK text through a broken decoder: one double-byte
/// character is lost (shown as "?") and the decoder falls out of step, so the following characters
/// are read from the wrong byte boundary ("75%??苿摦a業" for "75%。科創產業", "確?!兑巹澗V要》" for
/// "確保《規劃綱要》"). The bytes are still there: re-encoding the garbled characters in GBK and
/// decoding them one byte earlier or later recovers the text up to the point where the boundaries
/// meet again. Three ways the step was lost are tried; a byte shown as "?" or a character that
/// decodes to something rare is left as U+FFFD. A lost character one of whose two bytes survived (the
/// trail byte that the out-of-step reader took as a lead, or a lead whose trail shows as "?") is named
/// when one of the characters with that byte makes a clearly common word with its neighbour
/// (<see cref="NeighbourWordChoice"/>: 流 + d3?? gives 流域); otherwise it stays U+FFFD.
/// </summary>
public sealed class GbkRealignment(LegacyEncodings encodings, CommonHanzi hanzi, NeighbourWordChoice? words = null)
{
    /// <summary>A lost character in the realigned text, with the byte of it that survived.</summary>
    private readonly record struct Partial(int Index, byte? Lead, byte? Trail);

    /// <summary>A character the surviving byte and a word named, for the repair's note.</summary>
    public sealed record Named(string Character, string Word);

    /// <summary>How many garbled characters a repair may span before the boundaries must meet.</summary>
    private const int MaximumSpan = 12;

    /// <summary>
    /// Tries to repair the garbling that starts with the lost-character mark at <paramref name="mark"/>.
    /// Returns the number of characters of <paramref name="line"/> (from the mark) replaced and their
    /// replacement, or null when no reading is clearly better than the text as it stands.
    /// </summary>
    public (int Length, string Replacement)? Repair(string line, int mark) =>
        RepairNaming(line, mark) is { } repair ? (repair.Length, repair.Replacement) : null;

    /// <summary>As <see cref="Repair"/>, with the lost characters a surviving byte and a word named.</summary>
    public (int Length, string Replacement, IReadOnlyList<Named> Named)? RepairNaming(string line, int mark)
    {
        var tail = mark + 1;
        if (tail >= line.Length)
        {
            return null;
        }

        var candidates = new List<(int Length, string Text, int Score, List<Partial> Partials)>();
        var next = line[tail];
        if (next is >= '!' and <= '~')
        {
            // The byte after the lost character had its high bit cleared and shows as ASCII. Or, the same
            // bytes read another way, it is full-width punctuation (！ A3A1, ； A3BB) that Unicode
            // normalisation folded to ASCII: then its lead byte A3 was the lost character's trail byte.
            if (Realign(line, tail + 1, [(byte)(next | 0x80)], skip: 0) is { } stripped)
            {
                var partials = Shift(stripped.Partials, 1);
                if (IsFoldedFullWidth(next)) partials.Insert(0, new Partial(0, null, FullWidthLead));
                candidates.Add((stripped.Length + 2, "\uFFFD" + stripped.Text, stripped.Score, partials));
            }

            // Or the ASCII character is the trail byte of the lost character itself.
            if (next is >= '@' and <= '~')
            {
                candidates.Add((2, "\uFFFD", 0, [new Partial(0, null, (byte)next)]));
            }
        }
        else if (CommonHanzi.IsHan(next) && Realign(line, tail, [], skip: 1) is { } shifted)
        {
            // The lost character's trail byte became the lead byte of the next one.
            var partials = Shift(shifted.Partials, 1);
            if (shifted.FirstByte is { } trail) partials.Insert(0, new Partial(0, null, trail));
            candidates.Add((shifted.Length + 1, "\uFFFD" + shifted.Text, shifted.Score, partials));
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var best = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Length).First();
        if (best.Score < 0)
        {
            return null;
        }

        var (text, named) = NameFromSurvivingBytes(best.Text, best.Partials, line[..mark], line[(mark + best.Length)..]);
        return (best.Length, text, named);
    }

    /// <summary>GBK's lead byte for the full-width forms of ASCII (！ is A3 A1 … ～ is A3 FE).</summary>
    private const byte FullWidthLead = 0xA3;

    /// <summary>ASCII punctuation, which a page's normalisation may have folded from its full-width form.</summary>
    private static bool IsFoldedFullWidth(char c) => c is >= '!' and <= '~' && !char.IsAsciiLetterOrDigit(c);

    private static List<Partial> Shift(List<Partial> partials, int by) => [.. partials.Select(p => p with { Index = p.Index + by })];

    /// <summary>Each lost character with a surviving byte, named where a word decides it.</summary>
    private (string Text, List<Named> Named) NameFromSurvivingBytes(string text, List<Partial> partials, string lineBefore, string lineAfter)
    {
        var named = new List<Named>();
        if (words is null || partials.Count == 0)
        {
            return (text, named);
        }

        var chars = text.ToCharArray();
        foreach (var partial in partials)
        {
            if (chars[partial.Index] != '\uFFFD')
            {
                continue;
            }

            var whole = lineBefore + new string(chars) + lineAfter;
            var at = lineBefore.Length + partial.Index;
            var left = new string([.. whole[..at].Reverse().TakeWhile(c => CommonHanzi.IsHan(c)).Reverse()]);
            var right = new string([.. whole[(at + 1)..].TakeWhile(c => CommonHanzi.IsHan(c))]);
            var candidates = CharactersWithByte(partial.Lead, partial.Trail);
            if (words.Choose(candidates, left, right, provenHan: false) is { } choice
                && choice.Character <= char.MaxValue)
            {
                chars[partial.Index] = (char)choice.Character;
                named.Add(new Named(char.ConvertFromUtf32(choice.Character), choice.Word));
            }
        }

        return (new string(chars), named);
    }

    /// <summary>The Han characters GBK encodes with this lead byte, or with this trail byte.</summary>
    private IEnumerable<int> CharactersWithByte(byte? lead, byte? trail)
    {
        var pair = new byte[2];
        for (var l = 0x81; l <= 0xFE; l++)
        {
            if (lead is { } knownLead && l != knownLead) continue;
            for (var t = 0x40; t <= 0xFE; t++)
            {
                if (t == 0x7F || (trail is { } knownTrail && t != knownTrail)) continue;
                pair[0] = (byte)l;
                pair[1] = (byte)t;
                if (LegacyEncodings.TryDecode(encodings.Gbk, pair) is { Length: 1 } s && CommonHanzi.IsHan(s[0]))
                {
                    yield return s[0];
                }
            }
        }
    }

    /// <summary>
    /// Re-encodes the characters from <paramref name="start"/>, puts <paramref name="prefix"/> before
    /// them (or drops <paramref name="skip"/> bytes), decodes until a character ends where a garbled
    /// character ends, and scores the result: recovered common characters minus the rare ones replaced.
    /// </summary>
    private (int Length, string Text, int Score, List<Partial> Partials, byte? FirstByte)? Realign(string line, int start, byte[] prefix, int skip)
    {
        var partials = new List<Partial>();
        var bytes = new List<byte>(prefix);
        var boundaries = new List<int>(); // byte offset (in bytes) after each garbled character
        var originalScores = new List<int>();
        var count = 0;
        for (var i = start; i < line.Length && count < MaximumSpan; i++, count++)
        {
            var c = line[i];
            if (char.IsSurrogate(c) || c == '\uFFFD')
            {
                break;
            }

            byte[] encoded;
            try
            {
                encoded = c == '?' ? [(byte)'?'] : encodings.Gbk.GetBytes(c.ToString());
            }
            catch (EncoderFallbackException)
            {
                break;
            }

            bytes.AddRange(encoded);
            boundaries.Add(bytes.Count);
            originalScores.Add(Score(c));
        }

        var output = new StringBuilder();
        var position = skip;
        var good = 0;
        var bad = 0;
        while (position < bytes.Count)
        {
            var b = bytes[position];
            int length = b < 0x80 ? 1 : 2;
            if (position + length > bytes.Count)
            {
                return null;
            }

            string decoded;
            if (length == 1)
            {
                decoded = b == '?' ? "\uFFFD" : ((char)b).ToString();
            }
            else
            {
                var pair = new[] { b, bytes[position + 1] };
                if (pair[1] == '?' && pair[0] != '?')
                {
                    // The trail byte is lost; the lead survived.
                    partials.Add(new Partial(output.Length, pair[0], null));
                }

                decoded = pair[1] == '?' ? "\uFFFD" : LegacyEncodings.TryDecode(encodings.Gbk, pair) ?? "\uFFFD";
            }

            if (decoded.Length == 1 && CommonHanzi.IsHan(decoded[0]))
            {
                if (hanzi.IsCommon(decoded[0]))
                {
                    good++;
                }
                else
                {
                    decoded = "\uFFFD";
                }
            }

            if (decoded.Length != 1 || Score(decoded[0]) < 0)
            {
                bad++;
            }

            output.Append(decoded);
            position += length;
            var index = boundaries.IndexOf(position);
            if (index >= 0)
            {
                // The boundaries meet: from here on the garbled text was read correctly.
                // Accept only a clear gain: better than the garbled characters it replaces, and not
                // itself a scatter of rare characters and symbols.
                var used = index + 1;
                var score = good - bad;
                var before = originalScores.Take(used).Sum();
                return score > before && good >= 1 && (bad <= 1 || bad * 3 <= good)
                    ? (used, output.ToString(), score - before, partials, skip > 0 && bytes.Count > 0 ? bytes[0] : null)
                    : null;
            }
        }

        return null;
    }

    /// <summary>+1 for a common Han character, 0 for Chinese punctuation and digits, −1 for anything a
    /// garbling leaves inside Chinese text: rare characters, Latin letters, stray symbols.</summary>
    private int Score(char c)
    {
        if (CommonHanzi.IsHan(c))
        {
            return hanzi.IsCommon(c) ? 1 : -1;
        }

        return char.IsAsciiDigit(c) || "、。，；：《》“”（）！？,;:".Contains(c) ? 0 : -1;
    }
}
