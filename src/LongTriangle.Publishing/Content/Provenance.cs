using System.Collections.Immutable;

namespace LongTriangle.Publishing.Content;

/// <summary>
/// The converter's provenance file (<c>&lt;slug&gt;.provenance.yml</c>): everything removed or repaired.
/// Kept as a generic tree so the site shows whatever the converter records, without coupling to its
/// exact shape.
/// </summary>
public sealed record Provenance(ProvenanceNode Root);

/// <summary>A node of the provenance tree: a scalar, a list, or a mapping (keys in file order).</summary>
public abstract record ProvenanceNode;

public sealed record ProvenanceScalar(string Value) : ProvenanceNode;

public sealed record ProvenanceList(ImmutableArray<ProvenanceNode> Items) : ProvenanceNode;

public sealed record ProvenanceMap(ImmutableArray<KeyValuePair<string, ProvenanceNode>> Entries) : ProvenanceNode;
