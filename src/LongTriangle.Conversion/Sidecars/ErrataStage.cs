using System.Collections.Immutable;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Structure;

namespace LongTriangle.Conversion.Sidecars;

/// <summary>
/// Applies a sidecar's errata to the converted body: every occurrence of the exact text is replaced, and
/// each replacement is recorded as an <see cref="RepairKind.Erratum"/> repair with its reason. An erratum
/// that matches nothing is an error naming the sidecar and the erratum, so stale errata never linger.
/// </summary>
public static class ErrataStage
{
    public static DocumentStructure Apply(DocumentStructure structure, SeedSidecar sidecar)
    {
        if (sidecar.Errata.IsEmpty) return structure;
        var body = structure.Body.ToBuilder();
        var repairs = new List<Repair>();
        for (var e = 0; e < sidecar.Errata.Length; e++)
        {
            var erratum = sidecar.Errata[e];
            var matched = false;
            for (var i = 0; i < body.Count; i++)
            {
                var block = body[i];
                if (block is Heading { Missing: true } || !block.Text.Contains(erratum.Find, StringComparison.Ordinal)) continue;
                matched = true;
                body[i] = block.WithText(block.Text.Replace(erratum.Find, erratum.Replace, StringComparison.Ordinal));
                repairs.Add(new Repair(RepairKind.Erratum, block.Line, erratum.Find, erratum.Replace, erratum.Reason)
                {
                    Eid = block.Id.Value,
                    Source = erratum.Source,
                });
            }
            if (!matched)
                throw new ConversionException(sidecar.File, erratum.Line,
                    $"erratum find \"{erratum.Find}\" matches nothing in the converted text (remove it, or fix it to match)", $"errata[{e}].find");
        }
        return structure with { Body = body.ToImmutable(), Repairs = structure.Repairs.AddRange(repairs) };
    }
}
