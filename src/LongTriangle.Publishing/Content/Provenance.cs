using System.Collections.Immutable;

namespace LongTriangle.Publishing.Content;

/// <summary>
/// The converter's provenance file (<c>&lt;slug&gt;.provenance.yml</c>): everything removed or repaired.
/// Kept as a generic tree so the site shows whatever the converter records, without coupling to its
/// exact shape. A scraped page's tree (thousands of repairs) takes more memory than the rest of its document
/// and only its provenance page shows it, so a provenance read from a file does not hold it: it makes it again
/// when asked (<see cref="Reloadable"/>), and holds only its errata (<see cref="Corrections"/>), which every
/// document page shows.
/// </summary>
public sealed class Provenance
{
    private readonly ProvenanceNode? _root;
    private readonly Func<ProvenanceNode>? _reload;

    /// <summary>The tree last made again, while something still holds it (the pages of one document in every
    /// rendition are rendered one after the other): a cache, never the only copy.</summary>
    private readonly WeakReference<ProvenanceNode?> _recent = new(null);

    /// <summary>A provenance that holds its tree.</summary>
    public Provenance(ProvenanceNode root)
    {
        _root = root;
        Corrections = Correction.FromTree(root);
    }

    private Provenance(ImmutableArray<Correction> corrections, Func<ProvenanceNode> reload)
    {
        Corrections = corrections;
        _reload = reload;
    }

    /// <summary>A provenance that keeps the errata of <paramref name="root"/> and makes the tree again with
    /// <paramref name="reload"/> (which must make an equal tree) when it is asked for.</summary>
    public static Provenance Reloadable(ProvenanceNode root, Func<ProvenanceNode> reload) => new(Correction.FromTree(root), reload);

    /// <summary>A provenance that keeps <paramref name="corrections"/>, the errata of the tree <paramref name="reload"/> makes
    /// (for a reader that never holds the tree), and makes the tree when it is asked for.</summary>
    public static Provenance Reloadable(ImmutableArray<Correction> corrections, Func<ProvenanceNode> reload) => new(corrections, reload);

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

    /// <summary>The errata, each with the clause it applies to.</summary>
    public ImmutableArray<Correction> Corrections { get; }
}

/// <summary>A node of the provenance tree: a scalar, a list, or a mapping (keys in file order).</summary>
public abstract record ProvenanceNode;

public sealed record ProvenanceScalar(string Value) : ProvenanceNode;

public sealed record ProvenanceList(ImmutableArray<ProvenanceNode> Items) : ProvenanceNode;

public sealed record ProvenanceMap(ImmutableArray<KeyValuePair<string, ProvenanceNode>> Entries) : ProvenanceNode;
