using System.Collections.Immutable;
using System.Security.Cryptography;
using LongTriangle.Publishing.Reading;

namespace LongTriangle.Publishing.Content;

/// <summary>
/// The converter's provenance file (<c>&lt;slug&gt;.provenance.yml</c>): everything removed or repaired.
/// Kept as a generic tree so the site shows whatever the converter records, without coupling to its
/// exact shape. A scraped page's tree (thousands of repairs) takes more memory than the rest of its document
/// and only its provenance page shows it, so a provenance read from a file does not hold it: it makes it again
/// when asked (<see cref="FromPacked"/>), and holds only its errata (<see cref="Corrections"/>), which every
/// document page shows.
/// </summary>
public sealed class Provenance
{
    private readonly ProvenanceNode? _root;
    private readonly Func<ProvenanceNode>? _reload;
    private readonly Lazy<byte[]> _digest;

    /// <summary>The tree last made again, while something still holds it (the pages of one document in every
    /// rendition are rendered one after the other): a cache, never the only copy.</summary>
    private readonly WeakReference<ProvenanceNode?> _recent = new(null);

    /// <summary>A provenance that holds its tree.</summary>
    public Provenance(ProvenanceNode root)
    {
        _root = root;
        Corrections = Correction.FromTree(root);
        _digest = new(() => SHA256.HashData(PackedProvenance.Pack(root)));
    }

    private Provenance(ImmutableArray<Correction> corrections, Func<ProvenanceNode> reload, Lazy<byte[]> digest)
    {
        Corrections = corrections;
        _reload = reload;
        _digest = digest;
    }

    /// <summary>A provenance that keeps <paramref name="corrections"/>, the errata of the tree <paramref name="packed"/> holds
    /// (for a reader that never holds the tree), and unpacks the tree when it is asked for.</summary>
    public static Provenance FromPacked(ImmutableArray<Correction> corrections, byte[] packed) =>
        new(corrections, () => PackedProvenance.Unpack(packed), new(() => SHA256.HashData(packed)));

    public ProvenanceNode Root
    {
        get
        {
            if (_root is not null) return _root;
            if (_recent.TryGetTarget(out var recent) && recent is not null) return recent;
            var made = _reload!();
            _recent.SetTarget(made);
            return made;
        }
    }

    /// <summary>
    /// SHA-256 of the tree's packed form (<see cref="PackedProvenance"/>, which unpacks to the same tree, so two
    /// trees share a digest only when they are equal), made without making the tree again: a provenance page's
    /// cache key needs the tree's identity, not the tree.
    /// </summary>
    public byte[] Digest => _digest.Value;

    /// <summary>The errata, each with the clause it applies to.</summary>
    public ImmutableArray<Correction> Corrections { get; }
}

/// <summary>A node of the provenance tree: a scalar, a list, or a mapping (keys in file order).</summary>
public abstract record ProvenanceNode;

public sealed record ProvenanceScalar(string Value) : ProvenanceNode;

public sealed record ProvenanceList(ImmutableArray<ProvenanceNode> Items) : ProvenanceNode;

public sealed record ProvenanceMap(ImmutableArray<KeyValuePair<string, ProvenanceNode>> Entries) : ProvenanceNode;
