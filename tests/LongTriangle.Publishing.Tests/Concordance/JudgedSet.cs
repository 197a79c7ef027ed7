using System.Collections.Immutable;

namespace LongTriangle.Publishing.Tests.Concordance;

public enum Judgement
{
    Strong,
    Related,
    Negative,
    /// <summary>The plan's clause implements nothing in the Outline's chapters we hold.</summary>
    None,
}

public sealed record JudgedPair(string From, string? To, Judgement Judgement);

/// <summary>
/// Pairs judged by reading both texts: JudgedPairs.tsv (judged before the method was written; its
/// thresholds were set on it), JudgedPairsHeldOut.tsv (judged after, never used to set anything),
/// JudgedParallels.tsv (links between plans).
/// </summary>
public sealed record JudgedSet(ImmutableArray<JudgedPair> Pairs)
{
    public const string Tuning = "JudgedPairs.tsv";

    public const string HeldOut = "JudgedPairsHeldOut.tsv";

    public const string Parallels = "JudgedParallels.tsv";

    public static JudgedSet Load(string file = Tuning)
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "LongTriangle.Publishing.Tests", "Concordance", file);
        var pairs = File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(f => new JudgedPair(f[0], f[1] == "-" ? null : f[1], Enum.Parse<Judgement>(f[2], ignoreCase: true)))
            .ToImmutableArray();
        return new JudgedSet(pairs);
    }

    public IEnumerable<JudgedPair> With(params Judgement[] judgements) => Pairs.Where(p => judgements.Contains(p.Judgement));

    /// <summary>Plan clauses whose every link was judged (each has a positive or a "none" judgement): the closed world precision is measured on.</summary>
    public ImmutableHashSet<string> FullyJudged =>
        [.. With(Judgement.Strong, Judgement.Related, Judgement.None).Select(p => p.From)];

    public Judgement? Of(string from, string to) =>
        Pairs.FirstOrDefault(p => p.From == from && p.To == to)?.Judgement;
}
