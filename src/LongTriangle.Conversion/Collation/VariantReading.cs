namespace LongTriangle.Conversion.Collation;

/// <summary>
/// One place where two documents that share a passage read differently: each witness's reading with the
/// words around it that both share, so an editor can find the place and decide it (in the sidecar's errata).
/// </summary>
/// <param name="Context">The shared text just before the variant, the same in both witnesses.</param>
/// <param name="Reading">What the first witness reads at the place (empty when it has nothing there).</param>
/// <param name="OtherReading">What the other witness reads.</param>
/// <param name="After">The shared text just after the variant.</param>
public sealed record VariantReading(Witness First, Witness Other, string Context, string Reading, string OtherReading, string After)
{
    /// <summary>The same variant seen from the other witness.</summary>
    public VariantReading Reversed() => new(Other, First, Context, OtherReading, Reading, After);
}
