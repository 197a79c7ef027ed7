using System.Collections.Immutable;

namespace LongTriangle.Content;

/// <summary>Whether the seed holds the whole document; when not, human descriptions of what is missing.</summary>
public sealed record Completeness(bool IsFull, ImmutableArray<string> Missing)
{
    public const string FullStatus = "full";
    public const string PartialStatus = "partial";

    public static Completeness Full { get; } = new(true, []);

    public static Completeness Partial(IEnumerable<string> missing) => new(false, [.. missing]);

    /// <summary>As the content format writes it: full | partial.</summary>
    public string Status => IsFull ? FullStatus : PartialStatus;
}
