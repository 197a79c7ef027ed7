using System.Text;

namespace LongTriangle.Conversion.Cleaning.Script;

/// <summary>
/// Converts Traditional text to Simplified: at each position the longest known phrase wins, otherwise
/// the character's default Simplified form. In <see cref="ConversionScope.TraditionalOnly"/> scope
/// (text that is Simplified as a whole) only characters that Simplified text never uses change, so
/// 著, 乾 and 於 in Simplified text stay as they are. Text converted in full also gets the mainland's
/// curly quotes back for corner brackets.
/// </summary>
public sealed class TraditionalToSimplified(ScriptTables tables)
{
    public string Convert(string text, ConversionScope scope, LineChanges changes)
    {
        var output = new StringBuilder(text.Length);
        var pendingBefore = new StringBuilder();
        var pendingAfter = new StringBuilder();
        var span = text.AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            var (length, phrase) = tables.Phrases.LongestMatch(span, i);
            string before, after;
            if (length > 1 && phrase is not null && (scope == ConversionScope.All || HasTraditionalOnly(text.Substring(i, length))))
            {
                before = text.Substring(i, length);
                after = phrase;
            }
            else
            {
                var rune = Rune.GetRuneAt(text, i);
                before = rune.ToString();
                var simplified = tables.Simplify(rune.Value);
                after = simplified is not null && (scope == ConversionScope.All || tables.IsTraditionalOnly(rune.Value))
                    ? simplified
                    : scope == ConversionScope.All && MainlandQuote(rune.Value) is { } quote ? quote
                    : before;
            }

            if (string.Equals(before, after, StringComparison.Ordinal))
            {
                Flush(changes, pendingBefore, pendingAfter);
            }
            else
            {
                pendingBefore.Append(before);
                pendingAfter.Append(after);
            }

            output.Append(after);
            i += before.Length;
        }

        Flush(changes, pendingBefore, pendingAfter);
        return output.ToString();
    }

    /// <summary>
    /// Traditional typesetting quotes with corner brackets (「十四五」) where the mainland authorities
    /// print curly quotes (“十四五”); converters to Traditional swap them, so converting back swaps them back.
    /// </summary>
    private static string? MainlandQuote(int c) => c switch
    {
        '「' => "“",
        '」' => "”",
        '『' => "‘",
        '』' => "’",
        _ => null,
    };

    private bool HasTraditionalOnly(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (tables.IsTraditionalOnly(rune.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static void Flush(LineChanges changes, StringBuilder before, StringBuilder after)
    {
        if (before.Length == 0)
        {
            return;
        }

        changes.Add(before.ToString(), after.ToString());
        before.Clear();
        after.Clear();
    }
}

/// <summary>How much of a line the converter may change.</summary>
public enum ConversionScope
{
    /// <summary>Every character with a Simplified form, including those Simplified text shares (著 → 着).</summary>
    All,

    /// <summary>Only characters that Simplified text never uses.</summary>
    TraditionalOnly,
}
