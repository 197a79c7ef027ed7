using System.Globalization;
using System.Text;
using LongTriangle.Publishing.Tests.Fixtures;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace LongTriangle.Publishing.Tests.Search;

/// <summary>
/// The committed relevance set (relevance-set.yml: queries in both languages, relevant clauses judged by reading
/// the texts) run through scripts/search-index.mjs over the repository's content: precision of the first ten
/// results, recall within the first fifty, mean reciprocal rank of the first relevant result, and counts that
/// stay near the number of relevant clauses. Prints a line per query and the totals.
/// </summary>
[Collection(RepositorySiteCollection.Name)]
public sealed class SearchRelevanceTests(RepositorySite site, ITestOutputHelper output)
{
    private const double PrecisionTarget = 0.85;
    private const double RecallTarget = 0.9;
    private const double ReciprocalRankTarget = 0.95;

    public sealed record Judged(string Query, string Language, IReadOnlySet<string> Relevant);

    public sealed record Measured(Judged Judged, double Precision, double Recall, double ReciprocalRank, int Count, int Shown);

    [Fact]
    public void The_relevance_set_is_found_precisely_completely_and_first()
    {
        var set = Read(Path.Combine(RepositoryRoot.Path, "tests", "LongTriangle.Publishing.Tests", "Search", "relevance-set.yml"));
        set.Count.ShouldBeGreaterThanOrEqualTo(40);
        set.Select(j => j.Language).Distinct().Order(StringComparer.Ordinal).ShouldBe(["en", "zh"]);

        var measured = new List<Measured>();
        foreach (var language in set.GroupBy(j => j.Language))
        {
            var judged = language.ToList();
            var found = SearchQuery.Run(site.Directory, language.Key, [.. judged.Select(j => j.Query)]);
            measured.AddRange(judged.Zip(found, Measure));
        }

        var report = new StringBuilder();
        report.AppendLine("lang  P@10  recall  RR    count/relevant  query");
        foreach (var m in measured)
            report.AppendLine(Invariant($"{m.Judged.Language,-4}  {m.Precision:0.00}  {m.Recall:0.00}    {m.ReciprocalRank:0.00}  {m.Count,5}/{m.Judged.Relevant.Count,-8}  {m.Judged.Query}"));
        var precision = measured.Average(m => m.Precision);
        var recall = measured.Average(m => m.Recall);
        var reciprocalRank = measured.Average(m => m.ReciprocalRank);
        foreach (var language in measured.GroupBy(m => m.Judged.Language))
            report.AppendLine(Invariant($"{language.Key}: {language.Count()} queries, precision@10 {language.Average(m => m.Precision):0.000}, recall {language.Average(m => m.Recall):0.000}, MRR {language.Average(m => m.ReciprocalRank):0.000}"));
        report.AppendLine(Invariant($"all: {measured.Count} queries, precision@10 {precision:0.000}, recall {recall:0.000}, MRR {reciprocalRank:0.000}"));
        output.WriteLine(report.ToString());

        var inflated = measured.Where(m => m.Count > 2 * m.Judged.Relevant.Count).Select(m => $"{m.Judged.Query} ({m.Count} for {m.Judged.Relevant.Count})").ToList();
        inflated.ShouldBeEmpty("a count above twice the relevant clauses");
        precision.ShouldBeGreaterThanOrEqualTo(PrecisionTarget, report.ToString());
        recall.ShouldBeGreaterThanOrEqualTo(RecallTarget, report.ToString());
        reciprocalRank.ShouldBeGreaterThanOrEqualTo(ReciprocalRankTarget, report.ToString());
    }

    /// <summary>Precision of the first ten results shown, recall within the first fifty, reciprocal rank of the first relevant one.</summary>
    private static Measured Measure(Judged judged, QueryResult found)
    {
        var keys = found.Results.Select(r => ClauseKey(r.Url)).ToList();
        var top = keys.Take(10).ToList();
        var precision = top.Count == 0 ? 0 : top.Count(judged.Relevant.Contains) / (double)top.Count;
        var recall = keys.Take(50).Distinct().Count(judged.Relevant.Contains) / (double)judged.Relevant.Count;
        var first = keys.FindIndex(judged.Relevant.Contains);
        return new Measured(judged, precision, recall, first < 0 ? 0 : 1.0 / (first + 1), found.Total, keys.Count);
    }

    /// <summary>"/en/national/outline-2019/#chp_8" → "national/outline-2019#chp_8": the clause, whatever the page language.</summary>
    public static string ClauseKey(string url)
    {
        var (path, id) = (url.Split('#')[0], url.Split('#')[1]);
        var parts = path.Trim('/').Split('/');
        return $"{parts[^2]}/{parts[^1]}#{id}";
    }

    public static IReadOnlyList<Judged> Read(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(file)));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return [.. ((YamlSequenceNode)root.Children[new YamlScalarNode("queries")]).Children.Cast<YamlMappingNode>().Select(q => new Judged(
            Scalar(q, "query"),
            Scalar(q, "language"),
            ((YamlSequenceNode)q.Children[new YamlScalarNode("relevant")]).Children.Select(r => ((YamlScalarNode)r).Value!).ToHashSet(StringComparer.Ordinal)))];
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
