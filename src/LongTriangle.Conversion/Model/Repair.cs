namespace LongTriangle.Conversion.Model;

/// <summary>One change a stage made to the seed's text, kept so that readers can see what was repaired.</summary>
/// <param name="Kind">What kind of change it is (written by its wire name).</param>
/// <param name="Line">The seed line the change applies to.</param>
/// <param name="Before">The text as it was (may be empty for insertions).</param>
/// <param name="After">The text as it became (may be empty for deletions).</param>
/// <param name="Note">Why, when the kind alone does not say it.</param>
public sealed record Repair(RepairKind Kind, int Line, string Before, string After, string? Note = null)
{
    /// <summary>The clause the change is in, once the structure is known (errata, split repairs).</summary>
    public string? Eid { get; init; }

    /// <summary>Where the right reading was established (an erratum's source), when stated.</summary>
    public string? Source { get; init; }
}
