namespace LongTriangle.Conversion.Sidecars;

/// <summary>
/// An editor's correction of the converted text: the exact text to find, what replaces it, why, and where
/// the right reading was established (an official copy's address, or null when the text alone proves it).
/// <paramref name="Line"/> is the erratum's line in the sidecar, for errors.
/// </summary>
public sealed record Erratum(string Find, string Replace, string Reason, int Line, string? Source = null);
