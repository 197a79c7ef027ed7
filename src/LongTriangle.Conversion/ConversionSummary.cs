using System.Collections.Immutable;

namespace LongTriangle.Conversion;

/// <summary>
/// The outcome of converting every seed: counts for the command line and, for <c>--check</c>, the files of
/// content/zh that are not what the seeds produce (empty when content is up to date or was written).
/// </summary>
public sealed record ConversionSummary(int Seeds, int Documents, int Clauses, ImmutableArray<string> StaleFiles)
{
    public bool IsStale => !StaleFiles.IsEmpty;
}
