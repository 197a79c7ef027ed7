namespace LongTriangle.Publishing.Concordance;

/// <summary>A text as TF-IDF weights of its features, scaled to unit length (so a dot product is a cosine).</summary>
public sealed class TermVector
{
    public static readonly TermVector Empty = new(new Dictionary<string, double>(StringComparer.Ordinal));

    private TermVector(IReadOnlyDictionary<string, double> weights) => Weights = weights;

    public IReadOnlyDictionary<string, double> Weights { get; }

    /// <summary>Sublinear term frequency (1 + ln tf) times inverse document frequency, normalised.</summary>
    public static TermVector Of(IEnumerable<string> features, Func<string, double> idf)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in features)
            counts[feature] = counts.GetValueOrDefault(feature) + 1;
        var weights = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        foreach (var (feature, count) in counts)
        {
            var weight = (1 + Math.Log(count)) * idf(feature);
            if (weight > 0) weights[feature] = weight;
        }
        var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
        if (norm == 0) return Empty;
        foreach (var feature in weights.Keys.ToList())
            weights[feature] /= norm;
        return new TermVector(weights);
    }

    /// <summary>The share of this vector's weight (squared) carried by features the other text has too: how much of this clause the other restates.</summary>
    public double CoveredBy(TermVector other)
    {
        var sum = 0.0;
        foreach (var (feature, weight) in Weights)
        {
            if (other.Weights.ContainsKey(feature)) sum += weight * weight;
        }
        return sum;
    }

    public double Cosine(TermVector other)
    {
        var (small, large) = Weights.Count <= other.Weights.Count ? (this, other) : (other, this);
        var sum = 0.0;
        foreach (var (feature, weight) in small.Weights)
        {
            if (large.Weights.TryGetValue(feature, out var w)) sum += weight * w;
        }
        return sum;
    }
}
