using System.Collections.Immutable;

namespace LongTriangle.Conversion.Cleaning.Spinner;

/// <summary>
/// One substitution a synonym spinner makes, reversed: where a spun copy has <see cref="Spun"/>, the
/// document had <see cref="Original"/>. <see cref="Exceptions"/> are longer spun-text words that contain
/// <see cref="Spun"/> and must be left alone (取 in 取水). A <see cref="IsSignature"/> phrase is one no
/// genuine policy text uses; only those count when deciding whether a text was spun.
/// </summary>
public sealed record SpinnerPhrase(string Spun, string Original, bool IsSignature, ImmutableArray<string> Exceptions)
{
    /// <summary>Whether the phrase applies at <paramref name="position"/> of <paramref name="text"/>.</summary>
    public bool MatchesAt(string text, int position)
    {
        if (string.CompareOrdinal(text, position, Spun, 0, Spun.Length) != 0)
        {
            return false;
        }

        foreach (var exception in Exceptions)
        {
            // The exception may contain the phrase more than once; any alignment that fits excludes it.
            for (var offset = exception.IndexOf(Spun, StringComparison.Ordinal); offset >= 0;
                 offset = exception.IndexOf(Spun, offset + 1, StringComparison.Ordinal))
            {
                var start = position - offset;
                if (start >= 0 && start + exception.Length <= text.Length
                    && string.CompareOrdinal(text, start, exception, 0, exception.Length) == 0)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
