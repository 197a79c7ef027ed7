using LongTriangle.Publishing.Data;

namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// data/concordance.json: every link as <c>{ "from": "region/slug#eId", "to": "region/slug#eId", "score": 0.0–1.0,
/// "strength": "strong" | "related" }</c>, sorted by from, then score (highest first), then to. A link whose
/// <c>to</c> is in another plan (not the implemented document) is the same measure in two regions' plans,
/// listed in both directions.
/// </summary>
public static class ConcordanceData
{
    public static byte[] Write(ClauseConcordance concordance) => JsonOutput.Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var link in concordance.All)
        {
            writer.WriteStartObject();
            writer.WriteString("from", link.From.Key);
            writer.WriteString("to", link.To.Key);
            writer.WriteNumber("score", link.Score);
            writer.WriteString("strength", link.Strength == LinkStrength.Strong ? "strong" : "related");
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    });
}
