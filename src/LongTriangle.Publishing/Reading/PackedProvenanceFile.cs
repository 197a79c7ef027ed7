using System.Collections.Immutable;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Reading;

/// <summary>What reading a provenance file keeps: its tree packed (<see cref="PackedProvenance"/>) and its errata,
/// which every document page shows.</summary>
internal sealed record PackedProvenanceFile(byte[] Packed, ImmutableArray<Correction> Corrections)
{
    public Provenance ToProvenance() => Provenance.FromPacked(Corrections, Packed);
}
