using System.Collections.Immutable;

namespace LongTriangle.Conversion.Model;

/// <summary>Whether the seed holds the whole document, and if not, a human description of what is missing.</summary>
public sealed record Completeness(bool IsFull, ImmutableArray<string> Missing)
{
    public static Completeness Full { get; } = new(true, []);

    public static Completeness Partial(IEnumerable<string> missing) => new(false, [.. missing]);
}
