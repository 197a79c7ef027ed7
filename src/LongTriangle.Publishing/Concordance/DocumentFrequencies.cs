namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// In how many clauses of the corpus each feature occurs, for inverse document frequency: a gram every
/// plan uses (一体化, 长三角, 推进) says little about which measure a clause is about.
/// </summary>
public sealed class DocumentFrequencies
{
    private readonly Dictionary<long, int> _counts;

    public DocumentFrequencies()
        : this(0, [])
    {
    }

    /// <summary>Counts made before: <paramref name="counts"/> is taken over, not copied.</summary>
    public DocumentFrequencies(int clauses, Dictionary<long, int> counts)
    {
        Clauses = clauses;
        _counts = counts;
    }

    public int Clauses { get; private set; }

    /// <summary>Each gram counted, with the number of clauses it occurs in.</summary>
    public IReadOnlyDictionary<long, int> Counts => _counts;

    /// <summary>Counts one clause's grams, each once; sorts <paramref name="grams"/> in place.</summary>
    public void Add(Span<long> grams)
    {
        Clauses++;
        grams.Sort();
        for (var i = 0; i < grams.Length; i++)
        {
            if (i > 0 && grams[i] == grams[i - 1]) continue;
            // One lookup, not a read and a write: this runs for every distinct gram of every clause of the library.
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, grams[i], out _)++;
        }
    }

    /// <summary>Smoothed: ln((1 + N) / (1 + df)) + 1, so a feature seen once still weighs most and none weighs zero.</summary>
    public double InverseOf(long gram) => Math.Log((1.0 + Clauses) / (1.0 + CountOf(gram))) + 1.0;

    /// <summary>In how many clauses <paramref name="gram"/> occurs (the dictionary's own lookup: the extension method for
    /// read-only dictionaries goes through the interface, for every gram of every clause weighed).</summary>
    private int CountOf(long gram) => _counts.TryGetValue(gram, out var count) ? count : 0;

    /// <summary>Fewer clauses than this never make a feature common: in a small corpus every feature is in a large share.</summary>
    private const int FewestCommon = 10;

    /// <summary>Whether a feature occurs in more than <paramref name="share"/> of the clauses (and in more than a handful).</summary>
    public bool IsCommon(long gram, double share)
    {
        var count = CountOf(gram);
        return count >= FewestCommon && count > share * Clauses;
    }
}
