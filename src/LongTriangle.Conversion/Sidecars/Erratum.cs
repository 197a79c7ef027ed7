namespace LongTriangle.Conversion.Sidecars;

/// <summary>
/// An editor's correction of the converted text: the exact text to find, what replaces it, and why.
/// <paramref name="Line"/> is the erratum's line in the sidecar, for errors.
/// </summary>
public sealed record Erratum(string Find, string Replace, string Reason, int Line);
