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
    public static ImmutableArray<Correction> FromTree(ProvenanceNode tree) =>
        tree is ProvenanceMap root ? FromErrata(root.Entries.FirstOrDefault(e => e.Key == ErrataSection).Value) : [];

    /// <summary>The root's key the errata are listed under.</summary>
    public const string ErrataSection = "errata";

    /// <summary>The errata of the value of the root's <see cref="ErrataSection"/> (a list of mappings, or anything else: none).</summary>
    public static ImmutableArray<Correction> FromErrata(ProvenanceNode? section)
    {
        if (section is not ProvenanceList errata) return [];
        return [.. errata.Items.OfType<ProvenanceMap>()
            .Select(item => (Map: item, Eid: Value(item, "eid")))
            .Where(x => x.Eid is { Length: > 0 })
            .Select(x => new Correction(x.Eid!, Value(x.Map, "find") ?? "", Value(x.Map, "replace") ?? "", Value(x.Map, "reason") ?? "", Value(x.Map, "source")))];
    }

    private static string? Value(ProvenanceMap map, string key) =>
        map.Entries.FirstOrDefault(e => e.Key == key).Value is ProvenanceScalar s ? s.Value : null;
}
