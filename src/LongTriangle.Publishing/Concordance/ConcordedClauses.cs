using System.Collections.Immutable;
using System.Text;

namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// A document's clauses as far as the concordance reads them (each clause's eId, kind, level, role, numbering, run-in
/// heading and text), as bytes: hashed, they say whether a document changed since the last run; stored, the last
/// version of a changed document can be read back to find what its change did to the library's gram counts.
/// </summary>
public static class ConcordedClauses
{
    /// <summary>The SHA-256 of the clauses' <see cref="Encode"/>.</summary>
    public static ImmutableArray<byte> Hash(IReadOnlyList<Clause> clauses) =>
        ImmutableArray.Create(System.Security.Cryptography.SHA256.HashData(Encode(clauses)));

    public static byte[] Encode(IReadOnlyList<Clause> clauses)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(clauses.Count);
            foreach (var clause in clauses)
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
        return bytes.ToArray();
    }

    /// <summary>The clauses <see cref="Encode"/> wrote (with no line), or null when the bytes are not such clauses.</summary>
    public static ImmutableArray<Clause>? Decode(byte[] bytes)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
            var clauses = ImmutableArray.CreateBuilder<Clause>(reader.ReadInt32());
            for (var i = clauses.Capacity; i > 0; i--)
            {
                var id = ClauseId.TryParse(reader.ReadString());
                var (kind, level, role, numbering) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
                var hasRunIn = reader.ReadBoolean();
                var runIn = reader.ReadString();
                var text = reader.ReadString();
                if (id is null) return null;
                clauses.Add(new Clause(id, (ClauseKind)kind, level, text, (BlockRole)role, 0, hasRunIn ? runIn : null, numbering < 0 ? null : (NumberingKind)numbering));
            }
            return bytes.Length == reader.BaseStream.Position ? clauses.MoveToImmutable() : null;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}
