using System.Collections.Immutable;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// The concordance kept in the build cache under everything <see cref="ConcordanceBuilder"/> reads: the first
/// region (whose documents are the implemented ones), and every document in order with its region, slug and each
/// clause's eId, kind, level, role, run-in heading, numbering and text (<see cref="ConcordedClauses"/>). A rebuild
/// after a change the concordance does not read (a translation, a provenance file, a title, a date that keeps the
/// order) takes it from the cache. After a change to the Chinese text, the last run's state (its gram counts and each
/// plan's links) and each document's clauses as it read them are in the cache too, and
/// <see cref="ConcordanceUpdate"/> matches again only the plans whose links can have changed; when that cannot be
/// proven it is computed from scratch. A link is stored as the places of its two clauses (document, clause) in that
/// same order, its score and strength.
/// </summary>
public sealed class ConcordanceCache(BuildCache cache)
{
    /// <summary>Whether the last <see cref="Build"/> took the concordance from the cache.</summary>
    public bool Hit { get; private set; }

    /// <summary>Plans the last <see cref="Build"/> matched (the others' links taken over from the run before); null when it computed everything or took it from the cache.</summary>
    public int? PlansMatched { get; private set; }

    public ClauseConcordance Build(SiteContent content)
    {
        var hashes = Cores.Map(content.Documents, d => ConcordedClauses.Hash(d.Clauses));
        var key = Key(content, hashes);
        var stateKey = cache.Key(CacheArea.Concordance).Add("last run");
        if (cache.Read(key) is { } entry)
        {
            Hit = true;
            PlansMatched = null;
            // What the next change needs, kept through the pruning.
            cache.Keep(stateKey);
            foreach (var hash in hashes) cache.Keep(ClausesKey(hash));
            return Decode(entry, content.Documents);
        }
        Hit = false;
        var last = cache.Read(stateKey) is { } stateEntry ? ConcordanceState.Decode(stateEntry) : null;
        var method = ConcordanceMethod.Default;
        var run = last is null ? null : ConcordanceUpdate.TryRun(content, method, last, hashes,
            hash => cache.Read(ClausesKey(hash)) is { } clauses ? ConcordedClauses.Decode(clauses) : null);
        PlansMatched = run?.DocumentsMatched;
        run ??= ConcordanceBuilder.Run(content, method);

        cache.Write(key, Encode(run.Concordance, content.Documents));
        cache.Write(stateKey, ConcordanceState.Of(content, hashes, run).Encode());
        // Each document's clauses under their hash: after an update only the changed ones are new; after a computation
        // from scratch all are written (one whose entry is damaged is then whole again).
        var stored = PlansMatched is null ? [] : last!.Documents.Select(d => Convert.ToHexString(d.Hash.AsSpan())).ToHashSet(StringComparer.Ordinal);
        for (var d = 0; d < hashes.Length; d++)
        {
            if (stored.Add(Convert.ToHexString(hashes[d].AsSpan()))) cache.Write(ClausesKey(hashes[d]), ConcordedClauses.Encode(content.Documents[d].Clauses));
            else cache.Keep(ClausesKey(hashes[d]));
        }
        return run.Concordance;
    }

    private CacheKey ClausesKey(ImmutableArray<byte> hash) => cache.Key(CacheArea.Concordance).Add("clauses").Add(hash.AsSpan());

    /// <remarks>Each document's clauses are hashed apart (on every core), and the key made of the first region and each
    /// document's region, slug and hash.</remarks>
    private CacheKey Key(SiteContent content, ImmutableArray<byte>[] hashes)
    {
        using var read = new Sha256Stream();
        using (var writer = new BinaryWriter(read, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(content.Regions.Length > 0 ? content.Regions[0].Id : "");
            for (var d = 0; d < hashes.Length; d++)
            {
                writer.Write(content.Documents[d].RegionId);
                writer.Write(content.Documents[d].Slug);
                writer.Write(hashes[d].AsSpan());
            }
        }
        return cache.Key(CacheArea.Concordance).Add(read.Hash());
    }

    private static byte[] Encode(ClauseConcordance concordance, ImmutableArray<PolicyDocument> documents)
    {
        var places = new Dictionary<(PolicyDocument, Clause), (int, int)>(ReferencePairs.Instance);
        for (var d = 0; d < documents.Length; d++)
            for (var c = 0; c < documents[d].Clauses.Length; c++)
                places[(documents[d], documents[d].Clauses[c])] = (d, c);
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes))
        {
            foreach (var links in (ImmutableArray<ConcordanceLink>[])[concordance.Links, concordance.Parallels])
            {
                writer.Write(links.Length);
                foreach (var link in links)
                {
                    foreach (var end in (ClauseReference[])[link.From, link.To])
                    {
                        var (document, clause) = places[(end.Document, end.Clause)];
                        writer.Write(document);
                        writer.Write(clause);
                    }
                    writer.Write(link.Score);
                    writer.Write((byte)link.Strength);
                }
            }
        }
        return bytes.ToArray();
    }

    /// <summary>The concordance the entry holds: one <see cref="Encode"/> wrote for these documents (the build cache hands
    /// out only an entry proven whole, under a key of this tool and every document), so it is decoded without guards.</summary>
    private static ClauseConcordance Decode(byte[] entry, ImmutableArray<PolicyDocument> documents)
    {
        using var reader = new BinaryReader(new MemoryStream(entry));
        ClauseReference End()
        {
            var document = documents[reader.ReadInt32()];
            return new ClauseReference(document, document.Clauses[reader.ReadInt32()]);
        }
        ImmutableArray<ConcordanceLink> Links()
        {
            var links = ImmutableArray.CreateBuilder<ConcordanceLink>(reader.ReadInt32());
            for (var i = links.Capacity; i > 0; i--)
            {
                var (from, to, score) = (End(), End(), reader.ReadDouble());
                links.Add(new ConcordanceLink(from, to, score, (LinkStrength)reader.ReadByte()));
            }
            return links.MoveToImmutable();
        }
        var implementing = Links();
        return new ClauseConcordance(implementing, Links());
    }

    /// <summary>A document and one of its clauses, compared by reference (records of arrays compare by reference anyway; this says so and is cheaper).</summary>
    private sealed class ReferencePairs : IEqualityComparer<(PolicyDocument, Clause)>
    {
        public static readonly ReferencePairs Instance = new();

        public bool Equals((PolicyDocument, Clause) x, (PolicyDocument, Clause) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((PolicyDocument, Clause) pair) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Item1), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Item2));
    }
}
