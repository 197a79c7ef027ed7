namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// A text as TF-IDF weights of its grams, scaled to unit length (so a dot product is a cosine): a sparse
/// vector as two parallel arrays sorted by gram, so two vectors are compared by one merge, without hashing.
/// </summary>
public sealed class TermVector
{
    public static readonly TermVector Empty = new([], []);

    private readonly long[] _grams;
    private readonly double[] _weights;

    private TermVector(long[] grams, double[] weights)
    {
        _grams = grams;
        _weights = weights;
    }

    public int Count => _grams.Length;

    public ReadOnlySpan<long> Grams => _grams;

    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>Sublinear term frequency (1 + ln tf) times inverse document frequency, normalised; sorts <paramref name="grams"/> in place.</summary>
    public static TermVector Of(Span<long> grams, Func<long, double> idf)
    {
        grams.Sort();
        var distinct = 0;
        for (var i = 0; i < grams.Length; i++)
        {
            if (i == 0 || grams[i] != grams[i - 1]) distinct++;
        }
        var codes = new long[distinct];
        var weights = new double[distinct];
        var kept = 0;
        var squares = 0.0;
        for (var i = 0; i < grams.Length;)
        {
            var end = i + 1;
            while (end < grams.Length && grams[end] == grams[i]) end++;
            var weight = (1 + Math.Log(end - i)) * idf(grams[i]);
            if (weight > 0)
            {
                codes[kept] = grams[i];
                weights[kept++] = weight;
                squares += weight * weight;
            }
            i = end;
        }
        var norm = Math.Sqrt(squares);
        if (norm == 0) return Empty;
        for (var i = 0; i < kept; i++) weights[i] /= norm;
        return kept == distinct ? new TermVector(codes, weights) : new TermVector(codes[..kept], weights[..kept]);
    }

    /// <summary>The share of this vector's weight (squared) carried by grams the other text has too: how much of this clause the other restates.</summary>
    public double CoveredBy(TermVector other)
    {
        var sum = 0.0;
        for (int i = 0, j = 0; i < _grams.Length && j < other._grams.Length;)
        {
            if (_grams[i] < other._grams[j]) i++;
            else if (_grams[i] > other._grams[j]) j++;
            else
            {
                sum += _weights[i] * _weights[i];
                i++;
                j++;
            }
        }
        return sum;
    }

    public double Cosine(TermVector other)
    {
        var sum = 0.0;
        for (int i = 0, j = 0; i < _grams.Length && j < other._grams.Length;)
        {
            if (_grams[i] < other._grams[j]) i++;
            else if (_grams[i] > other._grams[j]) j++;
            else
            {
                sum += _weights[i] * other._weights[j];
                i++;
                j++;
            }
        }
        return sum;
    }
}
