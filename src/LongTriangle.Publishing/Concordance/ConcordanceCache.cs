using System.Collections.Immutable;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// The concordance kept in the build cache under everything <see cref="ConcordanceBuilder"/> reads: the first
/// region (whose documents are the implemented ones), and every document in order with its region, slug and each
/// clause's eId, kind, level, role, run-in heading, numbering and text. A rebuild after a change the concordance
/// does not read (a translation, a provenance file, a title, a date that keeps the order) takes it from the
/// cache; any change to the Chinese text computes it again, as the weights of every gram depend on the whole
/// library. A link is stored as the places of its two clauses (document, clause) in that same order, its score
/// and strength.
/// </summary>
public sealed class ConcordanceCache(BuildCache cache)
{
    /// <summary>Whether the last <see cref="Build"/> took the concordance from the cache.</summary>
    public bool Hit { get; private set; }

    public ClauseConcordance Build(SiteContent content)
    {
        var key = Key(content);
        if (cache.Read(key) is { } entry)
        {
            Hit = true;
            return Decode(entry, content.Documents);
        }
        Hit = false;
        var built = ConcordanceBuilder.Build(content);
        cache.Write(key, Encode(built, content.Documents));
        return built;
    }

    /// <remarks>What is read is written, each string length-prefixed, into one running SHA-256 through a buffer, and
    /// its digest makes the key: a piece at a time straight into the key made hundreds of thousands of calls into the
    /// hash and an array per clause text.</remarks>
    private CacheKey Key(SiteContent content)
    {
        using var read = new Sha256Stream();
        using (var writer = new BinaryWriter(read, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(content.Regions.Length > 0 ? content.Regions[0].Id : "");
            foreach (var document in content.Documents)
            {
                writer.Write(document.RegionId);
                writer.Write(document.Slug);
                writer.Write(document.Clauses.Length);
                foreach (var clause in document.Clauses)
                {
                    writer.Write(clause.Id.Value);
                    writer.Write((int)clause.Kind);
                    writer.Write(clause.Level);
                    writer.Write((int)clause.Role);
                    writer.Write(clause.Numbering is { } numbering ? (int)numbering : -1);
                    writer.Write(clause.RunIn is not null);
                    writer.Write(clause.RunIn ?? "");
                    writer.Write(clause.Text);
                }
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
