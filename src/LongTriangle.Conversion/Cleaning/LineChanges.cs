using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning;

/// <summary>
/// Collects the small changes a stage makes to one line and turns them into a single
/// <see cref="Repair"/>: Before and After list the changed pieces in order, separated by spaces, so
/// that a line with forty converted characters is one readable provenance entry, not forty.
/// </summary>
public sealed class LineChanges
{
    private readonly List<(string Before, string After)> changes = [];

    public int Count => changes.Count;

    public void Add(string before, string after) => changes.Add((before, after));

    public Repair? ToRepair(RepairKind kind, int line, string? note = null)
    {
        if (changes.Count == 0)
        {
            return null;
        }

        return new Repair(
            kind,
            line,
            string.Join(' ', changes.Select(c => c.Before)),
            string.Join(' ', changes.Select(c => c.After)),
            note ?? (changes.Count == 1 ? "1 change" : $"{changes.Count} changes"));
    }
}
