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
/// decodes to something rare is left as U+FFFD.
/// </summary>
public sealed class GbkRealignment(LegacyEncodings encodings, CommonHanzi hanzi)
{
    /// <summary>How many garbled characters a repair may span before the boundaries must meet.</summary>
    private const int MaximumSpan = 12;

    /// <summary>
    /// Tries to repair the garbling that starts with the lost-character mark at <paramref name="mark"/>.
    /// Returns the number of characters of <paramref name="line"/> (from the mark) replaced and their
    /// replacement, or null when no reading is clearly better than the text as it stands.
    /// </summary>
    public (int Length, string Replacement)? Repair(string line, int mark)
    {
        var tail = mark + 1;
        if (tail >= line.Length)
        {
            return null;
        }

        var candidates = new List<(int Length, string Text, int Score)>();
        var next = line[tail];
        if (next is >= '!' and <= '~')
        {
            // The byte after the lost character had its high bit cleared and shows as ASCII.
            if (Realign(line, tail + 1, [(byte)(next | 0x80)], skip: 0) is { } stripped)
            {
                candidates.Add((stripped.Length + 2, "\uFFFD" + stripped.Text, stripped.Score));
            }

            // Or the ASCII character is the trail byte of the lost character itself.
            if (next is >= '@' and <= '~')
            {
                candidates.Add((2, "\uFFFD", 0));
            }
        }
        else if (CommonHanzi.IsHan(next) && Realign(line, tail, [], skip: 1) is { } shifted)
        {
            // The lost character's trail byte became the lead byte of the next one.
            candidates.Add((shifted.Length + 1, "\uFFFD" + shifted.Text, shifted.Score));
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var best = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Length).First();
        return best.Score >= 0 ? (best.Length, best.Text) : null;
    }

    /// <summary>
    /// Re-encodes the characters from <paramref name="start"/>, puts <paramref name="prefix"/> before
    /// them (or drops <paramref name="skip"/> bytes), decodes until a character ends where a garbled
    /// character ends, and scores the result: recovered common characters minus the rare ones replaced.
    /// </summary>
    private (int Length, string Text, int Score)? Realign(string line, int start, byte[] prefix, int skip)
    {
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
                return score > before && good >= 1 && (bad <= 1 || bad * 3 <= good) ? (used, output.ToString(), score - before) : null;
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
