using System.Collections.Immutable;
using System.Text;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// What the last run of the concordance knew, for the next to take over what a change leaves as it was: the first
/// region, the library's comparable clauses and gram counts, the Latin tokens in the order they were numbered, and
/// each document (its region, slug, the SHA-256 of its <see cref="ConcordedClauses"/>, and a plan's links).
/// </summary>
public sealed record ConcordanceState(
    string FirstRegion,
    int Clauses,
    ImmutableArray<string> LatinWords,
    IReadOnlyDictionary<long, int> Counts,
    ImmutableArray<ConcordanceState.Document> Documents)
{
    /// <param name="Matches">A plan's links; null for an implemented document.</param>
    public sealed record Document(string Region, string Slug, ImmutableArray<byte> Hash, ImmutableArray<MatchedClause>? Matches);

    /// <summary>The state after <paramref name="run"/> of <paramref name="content"/>, whose documents' clauses hash to <paramref name="hashes"/>.</summary>
    public static ConcordanceState Of(SiteContent content, IReadOnlyList<ImmutableArray<byte>> hashes, ConcordanceRun run) => new(
        content.Regions.Length > 0 ? content.Regions[0].Id : "",
        run.Frequencies.Clauses,
        run.LatinWords,
        run.Frequencies.Counts,
        [.. content.Documents.Select((d, i) => new Document(d.RegionId, d.Slug, hashes[i], run.Matches[i]))]);

    public byte[] Encode()
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(FirstRegion);
            writer.Write(Clauses);
            writer.Write(LatinWords.Length);
            foreach (var word in LatinWords) writer.Write(word);
            writer.Write(Counts.Count);
            foreach (var (gram, count) in Counts)
            {
                writer.Write(gram);
                writer.Write(count);
            }
            writer.Write(Documents.Length);
            foreach (var document in Documents)
            {
                writer.Write(document.Region);
                writer.Write(document.Slug);
                writer.Write(document.Hash.AsSpan());
                writer.Write(document.Matches is { } matches ? matches.Length : -1);
                foreach (var match in document.Matches ?? [])
                {
                    writer.Write(match.Clause);
                    writer.Write(match.Implemented);
                    writer.Write(match.Score);
                }
            }
        }
        return bytes.ToArray();
    }

    /// <summary>The state <see cref="Encode"/> wrote (the build cache hands out only an entry proven whole, under a key of this tool).</summary>
    public static ConcordanceState Decode(byte[] entry)
    {
        using var reader = new BinaryReader(new MemoryStream(entry), Encoding.UTF8);
        var firstRegion = reader.ReadString();
        var clauses = reader.ReadInt32();
        var words = ImmutableArray.CreateBuilder<string>(reader.ReadInt32());
        for (var i = words.Capacity; i > 0; i--) words.Add(reader.ReadString());
        var countCount = reader.ReadInt32();
        var counts = new Dictionary<long, int>(countCount);
        for (var i = countCount; i > 0; i--) counts.Add(reader.ReadInt64(), reader.ReadInt32());
        var documents = ImmutableArray.CreateBuilder<Document>(reader.ReadInt32());
        for (var i = documents.Capacity; i > 0; i--)
        {
            var (region, slug, hash) = (reader.ReadString(), reader.ReadString(), ImmutableArray.Create(reader.ReadBytes(HashLength)));
            var matchCount = reader.ReadInt32();
            ImmutableArray<MatchedClause>? matches = null;
            if (matchCount >= 0)
            {
                var found = ImmutableArray.CreateBuilder<MatchedClause>(matchCount);
                for (var m = matchCount; m > 0; m--) found.Add(new MatchedClause(reader.ReadInt32(), reader.ReadInt32(), reader.ReadDouble()));
                matches = found.MoveToImmutable();
            }
            documents.Add(new Document(region, slug, hash, matches));
        }
        return new ConcordanceState(firstRegion, clauses, words.MoveToImmutable(), counts, documents.MoveToImmutable());
    }

    /// <summary>The length of a SHA-256.</summary>
    public const int HashLength = 32;
}
