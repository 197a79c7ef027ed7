using System.Collections.Immutable;

namespace LongTriangle.Publishing.Content;

/// <summary>
/// An editor's correction applied to a clause (an erratum in the provenance): what the source copy read,
/// what the text reads now, why, and where the right reading was established.
/// </summary>
public sealed record Correction(string Eid, string Before, string After, string Reason, string? Source)
{
    /// <summary>The errata of a provenance file, each with the clause it applies to; entries without an eId are left out.</summary>
    public static ImmutableArray<Correction> From(Provenance? provenance) => provenance?.Corrections ?? [];

    /// <summary>The errata of a provenance tree (read once, when the provenance is read).</summary>
    public static ImmutableArray<Correction> FromTree(ProvenanceNode tree)
    {
        if (tree is not ProvenanceMap root) return [];
        var errata = root.Entries.FirstOrDefault(e => e.Key == "errata").Value as ProvenanceList;
        if (errata is null) return [];
        return [.. errata.Items.OfType<ProvenanceMap>()
            .Select(item => (Map: item, Eid: Value(item, "eid")))
            .Where(x => x.Eid is { Length: > 0 })
            .Select(x => new Correction(x.Eid!, Value(x.Map, "find") ?? "", Value(x.Map, "replace") ?? "", Value(x.Map, "reason") ?? "", Value(x.Map, "source")))];
    }

    private static string? Value(ProvenanceMap map, string key) =>
        map.Entries.FirstOrDefault(e => e.Key == key).Value is ProvenanceScalar s ? s.Value : null;
}
