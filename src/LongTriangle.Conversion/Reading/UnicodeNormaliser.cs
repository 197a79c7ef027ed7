using System.Collections.Frozen;
using System.Text;

namespace LongTriangle.Conversion.Reading;

/// <summary>
/// Unicode canonical composition (NFC). The tool runs with invariant globalization, where
/// <see cref="string.Normalize()"/> leaves text unchanged, so NFC is done here from the UCD tables
/// in Data/CanonicalDecompositions.txt (decomposition, combining class, composition exclusion).
/// </summary>
public sealed class UnicodeNormaliser
{
    private const int HangulSBase = 0xAC00, HangulLBase = 0x1100, HangulVBase = 0x1161, HangulTBase = 0x11A7;
    private const int HangulLCount = 19, HangulVCount = 21, HangulTCount = 28;
    private const int HangulNCount = HangulVCount * HangulTCount, HangulSCount = HangulLCount * HangulNCount;

    private readonly FrozenDictionary<int, int[]> decompositions;
    private readonly FrozenDictionary<int, byte> combiningClasses;
    private readonly FrozenDictionary<(int First, int Second), int> compositions;

    private UnicodeNormaliser(
        FrozenDictionary<int, int[]> decompositions,
        FrozenDictionary<int, byte> combiningClasses,
        FrozenDictionary<(int, int), int> compositions)
    {
        this.decompositions = decompositions;
        this.combiningClasses = combiningClasses;
        this.compositions = compositions;
    }

    public static UnicodeNormaliser LoadEmbedded() => Parse(EmbeddedData.ReadLines("CanonicalDecompositions.txt"));

    public static UnicodeNormaliser Parse(IEnumerable<string> lines)
    {
        var decompositions = new Dictionary<int, int[]>();
        var classes = new Dictionary<int, byte>();
        var compositions = new Dictionary<(int, int), int>();
        foreach (var line in lines)
        {
            var fields = line.Split(';');
            var code = Convert.ToInt32(fields[0], 16);
            var ccc = byte.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
            if (ccc != 0)
            {
                classes[code] = ccc;
            }

            if (fields[2].Length == 0)
            {
                continue;
            }

            var parts = fields[2].Split(' ').Select(p => Convert.ToInt32(p, 16)).ToArray();
            decompositions[code] = parts;
            var excluded = fields.Length > 3 && fields[3] == "x";
            if (!excluded && parts.Length == 2)
            {
                compositions[(parts[0], parts[1])] = code;
            }
        }

        return new UnicodeNormaliser(decompositions.ToFrozenDictionary(), classes.ToFrozenDictionary(), compositions.ToFrozenDictionary());
    }

    /// <summary>True when the text is certainly NFC already (the common case: CJK and ASCII only).</summary>
    private bool IsQuickNfc(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value >= 0x80 && (decompositions.ContainsKey(rune.Value) || combiningClasses.ContainsKey(rune.Value)
                || IsHangulJamo(rune.Value)))
            {
                return false;
            }
        }

        return true;
    }

    public string ToNfc(string text)
    {
        if (IsQuickNfc(text))
        {
            return text;
        }

        var decomposed = new List<int>(text.Length + 8);
        foreach (var rune in text.EnumerateRunes())
        {
            Decompose(rune.Value, decomposed);
        }

        ReorderMarks(decomposed);
        Compose(decomposed);
        var builder = new StringBuilder(decomposed.Count);
        foreach (var code in decomposed)
        {
            builder.Append(char.ConvertFromUtf32(code));
        }

        return builder.ToString();
    }

    private static bool IsHangulJamo(int code) => code is >= 0x1100 and < 0x1200 || code is >= HangulSBase and < HangulSBase + HangulSCount;

    private void Decompose(int code, List<int> output)
    {
        if (code is >= HangulSBase and < HangulSBase + HangulSCount)
        {
            var index = code - HangulSBase;
            output.Add(HangulLBase + index / HangulNCount);
            output.Add(HangulVBase + index % HangulNCount / HangulTCount);
            if (index % HangulTCount != 0)
            {
                output.Add(HangulTBase + index % HangulTCount);
            }

            return;
        }

        if (decompositions.TryGetValue(code, out var parts))
        {
            foreach (var part in parts)
            {
                Decompose(part, output);
            }

            return;
        }

        output.Add(code);
    }

    private byte ClassOf(int code) => combiningClasses.TryGetValue(code, out var ccc) ? ccc : (byte)0;

    private void ReorderMarks(List<int> codes)
    {
        // Canonical ordering: a stable sort of each run of non-starters by combining class.
        for (var i = 1; i < codes.Count; i++)
        {
            var ccc = ClassOf(codes[i]);
            if (ccc == 0)
            {
                continue;
            }

            var j = i;
            while (j > 0 && ClassOf(codes[j - 1]) > ccc)
            {
                (codes[j - 1], codes[j]) = (codes[j], codes[j - 1]);
                j--;
            }
        }
    }

    private void Compose(List<int> codes)
    {
        if (codes.Count == 0)
        {
            return;
        }

        var starterIndex = ClassOf(codes[0]) == 0 ? 0 : -1;
        var lastClass = starterIndex == 0 ? (byte)0 : (byte)255;
        var write = 1;
        for (var read = 1; read < codes.Count; read++)
        {
            var code = codes[read];
            var ccc = ClassOf(code);
            if (starterIndex >= 0 && (lastClass < ccc || lastClass == 0 && write - 1 == starterIndex)
                && TryCompose(codes[starterIndex], code, out var composed))
            {
                codes[starterIndex] = composed;
                continue;
            }

            if (ccc == 0)
            {
                starterIndex = write;
            }

            lastClass = ccc;
            codes[write++] = code;
        }

        codes.RemoveRange(write, codes.Count - write);
    }

    private bool TryCompose(int first, int second, out int composed)
    {
        if (first is >= HangulLBase and < HangulLBase + HangulLCount && second is >= HangulVBase and < HangulVBase + HangulVCount)
        {
            composed = HangulSBase + ((first - HangulLBase) * HangulVCount + (second - HangulVBase)) * HangulTCount;
            return true;
        }

        if (first is >= HangulSBase and < HangulSBase + HangulSCount && (first - HangulSBase) % HangulTCount == 0
            && second is > HangulTBase and < HangulTBase + HangulTCount)
        {
            composed = first + (second - HangulTBase);
            return true;
        }

        return compositions.TryGetValue((first, second), out composed);
    }
}
