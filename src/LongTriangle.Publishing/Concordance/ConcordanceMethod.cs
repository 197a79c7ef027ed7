namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// The settings of the comparison. <see cref="Default"/> is what the site publishes; <see cref="NaiveBigram"/>
/// is the baseline it is measured against (character bigrams, text only, one threshold).
/// </summary>
/// <param name="LongestGram">Character grams from two up to this length.</param>
/// <param name="TitleWeight">How much the headings count beside the text: plans restate the Outline's headings.</param>
/// <param name="CoverageWeight">How much counts how much of the implemented clause the plan's clause restates, beside the cosine: a plan's clause often restates several of the Outline's at once, which a cosine alone undervalues.</param>
/// <param name="RespectAreas">Never link a region-wide measure to the same measure for a pilot area, or the reverse.</param>
/// <param name="RelatedThreshold">No link below this score: a clause about a chapter the corpus lacks is linked to nothing.</param>
/// <param name="StrongThreshold">From this score a link is strong.</param>
/// <param name="RelativeCut">A clause's further links must reach this share of its best link's score.</param>
/// <param name="MaximumLinks">Links kept per clause, best first.</param>
/// <param name="CommonShare">Grams in more than this share of all clauses are not indexed (一体化, 长三角): they would make every pair a candidate.</param>
public sealed record ConcordanceMethod(
    int LongestGram,
    double TitleWeight,
    double CoverageWeight,
    bool RespectAreas,
    double RelatedThreshold,
    double StrongThreshold,
    double RelativeCut,
    int MaximumLinks,
    double CommonShare)
{
    public static ConcordanceMethod Default { get; } = new(
        LongestGram: 3, TitleWeight: 0.2, CoverageWeight: 0.5, RespectAreas: true,
        RelatedThreshold: 0.08, StrongThreshold: 0.25, RelativeCut: 0.5, MaximumLinks: 3, CommonShare: 0.1);

    public static ConcordanceMethod NaiveBigram { get; } = new(
        LongestGram: 2, TitleWeight: 0, CoverageWeight: 0, RespectAreas: false,
        RelatedThreshold: 0.25, StrongThreshold: 0.25, RelativeCut: 0, MaximumLinks: 3, CommonShare: 1.0);

    /// <summary>
    /// How well <paramref name="source"/> implements <paramref name="implemented"/>, 0–1: the text (the
    /// cosine, and the share of the implemented clause it restates) and the headings.
    /// </summary>
    /// <param name="covered">The implemented clause's <see cref="TermVector.CoveredBy"/> the source, when already known.</param>
    public double Score(ComparedClause source, ComparedClause implemented, double textCosine, double? covered = null)
    {
        var text = CoverageWeight == 0
            ? textCosine
            : (1 - CoverageWeight) * textCosine + CoverageWeight * (covered ?? implemented.Text.CoveredBy(source.Text));
        return Math.Min(1.0, (1 - TitleWeight) * text + TitleWeight * source.Title.Cosine(implemented.Title));
    }
}
