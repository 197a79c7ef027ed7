using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Script;

/// <summary>
/// Decides which script a text is in by counting characters only one script uses: Traditional-only
/// (has a Simplified form, not in GB 2312) against Simplified-only (in GB 2312, not in Big5).
/// </summary>
public sealed class ScriptDetector(ScriptTables tables)
{
    /// <summary>Share of script-specific characters above which a text counts as wholly one script.</summary>
    private const double Dominance = 0.9;

    public ScriptCount Count(string text)
    {
        int traditional = 0, simplified = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (tables.IsTraditionalOnly(rune.Value))
            {
                traditional++;
            }
            else if (tables.IsSimplifiedOnly(rune.Value))
            {
                simplified++;
            }
        }

        return new ScriptCount(traditional, simplified);
    }

    public SourceScript Classify(ScriptCount count)
    {
        var total = count.Traditional + count.Simplified;
        if (total == 0 || count.Simplified >= total * Dominance)
        {
            return SourceScript.Simplified;
        }

        return count.Traditional >= total * Dominance ? SourceScript.Traditional : SourceScript.Mixed;
    }
}

/// <summary>Characters found that only Traditional, or only Simplified, text uses.</summary>
public readonly record struct ScriptCount(int Traditional, int Simplified)
{
    public static ScriptCount operator +(ScriptCount a, ScriptCount b) => new(a.Traditional + b.Traditional, a.Simplified + b.Simplified);
}
