namespace LongTriangle.Conversion.Cleaning.Script;

/// <summary>
/// One Taiwan term and its mainland equivalent. <see cref="Strong"/> terms never occur in mainland
/// policy text, so they alone make up the Taiwan signature. A term with <see cref="Only"/> contexts is
/// replaced only inside one of them; one with <see cref="Except"/> contexts everywhere but inside them.
/// </summary>
public sealed record VocabularyTerm(string Term, string Replacement, bool Strong, IReadOnlyList<string> Except, IReadOnlyList<string> Only)
{
    /// <summary>Whether the occurrence of the term at <paramref name="position"/> is to be replaced.</summary>
    public bool AppliesAt(string text, int position)
    {
        if (Only.Count > 0)
        {
            return Only.Any(context => Surrounds(context, text, position));
        }

        return !Except.Any(context => Surrounds(context, text, position));
    }

    private bool Surrounds(string context, string text, int position)
    {
        for (var offset = context.IndexOf(Term, StringComparison.Ordinal); offset >= 0;
             offset = context.IndexOf(Term, offset + 1, StringComparison.Ordinal))
        {
            var start = position - offset;
            if (start >= 0 && start + context.Length <= text.Length
                && string.CompareOrdinal(text, start, context, 0, context.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
