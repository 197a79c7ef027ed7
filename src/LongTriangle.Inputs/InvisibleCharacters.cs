using System.Text;

namespace LongTriangle.Inputs;

/// <summary>
/// Characters that take no room on screen but change what a reader sees or finds: bidirectional
/// overrides, embeddings and isolates (a clause can display its words in another order than it holds
/// them), direction marks, zero-width spaces and joiners, the word joiner, invisible operators, soft
/// hyphens, interlinear annotation marks. Chinese policy text needs none of them. The joiners (U+200C,
/// U+200D) are kept where they do work: between two letters of a script that shapes with them (Arabic,
/// Syriac, the Indic scripts, Sinhala, Myanmar, Khmer, Mongolian), and U+200D inside an emoji sequence.
/// </summary>
public static class InvisibleCharacters
{
    /// <summary>True when the character at <paramref name="index"/> is invisible and does no work where it stands.</summary>
    public static bool IsUnwantedAt(string text, int index)
    {
        var c = text[index];
        if (c is '\u200C' or '\u200D')
        {
            var before = RuneBefore(text, index);
            var after = RuneAfter(text, index + 1);
            if (before is { } b && after is { } a && UsesJoiners(b.Value) && UsesJoiners(a.Value)) return false;
            if (c == '\u200D' && before is { } e && after is { } f && IsEmojiPart(e.Value) && IsPictographic(f.Value)) return false;
            return true;
        }
        return IsInvisible(c);
    }

    /// <summary>The index of the first unwanted invisible character, or -1.</summary>
    public static int IndexOfUnwanted(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (IsCandidate(text[i]) && IsUnwantedAt(text, i)) return i;
        return -1;
    }

    /// <summary>The text without its unwanted invisible characters.</summary>
    public static string Remove(string text)
    {
        if (IndexOfUnwanted(text) < 0) return text;
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
            if (!(IsCandidate(text[i]) && IsUnwantedAt(text, i))) result.Append(text[i]);
        return result.ToString();
    }

    /// <summary>The text with each unwanted invisible character written as its code point (for provenance and messages).</summary>
    public static string Visible(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
            result.Append(IsCandidate(text[i]) && IsUnwantedAt(text, i) ? $"<U+{(int)text[i]:X4}>" : text[i].ToString());
        return result.ToString();
    }

    /// <summary>"U+202E (right-to-left override)".</summary>
    public static string Describe(char c) => $"U+{(int)c:X4} ({Name(c)})";

    /// <summary>
    /// Refuses text a person wrote (a translation, a sidecar) that holds an unwanted invisible character:
    /// there it is a mistake or a trick, and there is no seed to repair from.
    /// </summary>
    /// <param name="firstLine">The file line where <paramref name="text"/> starts.</param>
    public static void Refuse(string text, string file, int firstLine = 1, string? key = null)
    {
        var at = IndexOfUnwanted(text);
        if (at < 0) return;
        var line = firstLine + text.AsSpan(0, at).Count('\n');
        throw new InputException(file, line,
            $"the text holds the invisible character {Describe(text[at])}, which can make it display other than it reads; remove it", key);
    }

    private static bool IsCandidate(char c) => c is '\u00AD' or '\u061C' or '\uFEFF' or (>= '\u200B' and <= '\u200F')
        or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u206F') or (>= '\uFFF9' and <= '\uFFFB');

    private static bool IsInvisible(char c) => IsCandidate(c);

    private static string Name(char c) => c switch
    {
        '\u00AD' => "soft hyphen",
        '\u061C' => "Arabic letter mark",
        '\u200B' => "zero-width space",
        '\u200C' => "zero-width non-joiner",
        '\u200D' => "zero-width joiner",
        '\u200E' => "left-to-right mark",
        '\u200F' => "right-to-left mark",
        '\u202A' => "left-to-right embedding",
        '\u202B' => "right-to-left embedding",
        '\u202C' => "pop directional formatting",
        '\u202D' => "left-to-right override",
        '\u202E' => "right-to-left override",
        '\u2060' => "word joiner",
        '\u2066' => "left-to-right isolate",
        '\u2067' => "right-to-left isolate",
        '\u2068' => "first strong isolate",
        '\u2069' => "pop directional isolate",
        '\uFEFF' => "zero-width no-break space",
        >= '\u2061' and <= '\u2064' => "invisible operator",
        >= '\uFFF9' and <= '\uFFFB' => "interlinear annotation mark",
        _ => "invisible format character",
    };

    private static Rune? RuneBefore(string text, int index)
    {
        if (index == 0) return null;
        return Rune.DecodeLastFromUtf16(text.AsSpan(0, index), out var rune, out _) == System.Buffers.OperationStatus.Done ? rune : null;
    }

    private static Rune? RuneAfter(string text, int index)
    {
        if (index >= text.Length) return null;
        return Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out _) == System.Buffers.OperationStatus.Done ? rune : null;
    }

    /// <summary>Letters and marks of the scripts whose shaping a joiner or non-joiner controls.</summary>
    private static bool UsesJoiners(int c) =>
        c is (>= 0x0600 and <= 0x08FF and not 0x061C)   // Arabic, Syriac, Thaana, Arabic Extended
            or (>= 0x0900 and <= 0x0DFF)                 // Devanagari … Malayalam, Sinhala
            or (>= 0x1000 and <= 0x109F)                 // Myanmar
            or (>= 0x1780 and <= 0x17FF)                 // Khmer
            or (>= 0x1800 and <= 0x18AF)                 // Mongolian
            or (>= 0xA8E0 and <= 0xA8FF)                 // Devanagari Extended
            or (>= 0xFB50 and <= 0xFDFF)                 // Arabic presentation forms A
            or (>= 0xFE70 and <= 0xFEFE);                // Arabic presentation forms B

    /// <summary>What may come before a joiner in an emoji sequence: a pictograph, a skin-tone modifier, the emoji variation selector.</summary>
    private static bool IsEmojiPart(int c) => IsPictographic(c) || c is (>= 0x1F3FB and <= 0x1F3FF) or 0xFE0F;

    /// <summary>The blocks of Unicode's Extended_Pictographic characters (emoji and the symbols they build on).</summary>
    private static bool IsPictographic(int c) =>
        c is 0x00A9 or 0x00AE or 0x203C or 0x2049 or 0x2122 or 0x2139
            or (>= 0x2194 and <= 0x21AA)
            or (>= 0x2300 and <= 0x23FF)
            or (>= 0x25A0 and <= 0x27BF)
            or (>= 0x2934 and <= 0x2935)
            or (>= 0x2B00 and <= 0x2BFF)
            or 0x3030 or 0x303D or 0x3297 or 0x3299
            or (>= 0x1F000 and <= 0x1FAFF);
}
