using System.Collections.Immutable;
using LongTriangle.Content.Markdown;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// A document's Markdown as read (<see cref="ContentDocument"/>: front matter and clauses) in the build cache's
/// compact form (<see cref="PackedWriter"/>): every value of the record, so that it unpacks to one equal to the
/// parse's. A parse that took a tenth of a second comes back in a millisecond.
/// </summary>
internal static class PackedDocument
{
    private const int NoNumbering = -1;

    public static byte[] Pack(ContentDocument document)
    {
        using var writer = new PackedWriter();
        Write(writer, document.Metadata);
        writer.Int(document.Clauses.Length);
        foreach (var clause in document.Clauses) Write(writer, clause);
        return writer.ToArray();
    }

    /// <summary>Every value of a clause (also what a page's key is made of: <see cref="Site.PageInputs"/>).</summary>
    public static void Write(PackedWriter writer, Clause clause)
    {
        writer.String(clause.Id.Value);
        writer.Int((int)clause.Kind);
        writer.Int(clause.Level);
        writer.String(clause.Text);
        writer.Int((int)clause.Role);
        writer.Int(clause.Line);
        writer.String(clause.RunIn);
        writer.Int(clause.Numbering is { } numbering ? (int)numbering : NoNumbering);
    }

    public static ContentDocument Unpack(byte[] packed)
    {
        var reader = new PackedReader(packed);
        var metadata = ReadMetadata(reader);
        var clauses = ImmutableArray.CreateBuilder<Clause>(reader.Int());
        for (var i = clauses.Capacity; i > 0; i--)
        {
            var id = reader.String();
            clauses.Add(new Clause(
                ClauseId.TryParse(id) ?? throw new InvalidDataException($"packed document: '{id}' is not an eId"),
                (ClauseKind)reader.Int(),
                reader.Int(),
                reader.String(),
                (BlockRole)reader.Int(),
                reader.Int(),
                reader.NullableString(),
                reader.Int() is var numbering and not NoNumbering ? (NumberingKind)numbering : null));
        }
        return new ContentDocument(metadata, clauses.MoveToImmutable());
    }

    private static void Write(PackedWriter writer, DocumentMetadata metadata)
    {
        writer.String(metadata.Slug);
        writer.String(metadata.Region);
        writer.String(metadata.Title);
        writer.String(metadata.TitleEn);
        writer.String(metadata.Type);
        writer.String(metadata.Issuer);
        writer.Date(metadata.Written);
        writer.Date(metadata.Published);
        writer.String(metadata.Number);
        var source = metadata.Source;
        writer.String(source.Seed);
        writer.String(source.Sha256);
        writer.String(source.Website);
        writer.String(source.Url);
        writer.Int((int)source.Script);
        writer.Date(source.Copied);
        writer.Boolean(metadata.Completeness.IsFull);
        writer.Int(metadata.Completeness.Missing.Length);
        foreach (var missing in metadata.Completeness.Missing) writer.String(missing);
        writer.Boolean(metadata.Flags.RestoredFromSpunCopy);
        writer.Int(metadata.Flags.LostCharacters);
        writer.Int(metadata.Flags.MissingHeadings);
        writer.String(metadata.OfficialUrl);
        writer.Int(metadata.FactSources.Count);
        foreach (var (fact, where) in metadata.FactSources)
        {
            writer.String(fact);
            writer.String(where);
        }
        writer.Int(metadata.Repairs.Length);
        foreach (var repair in metadata.Repairs)
        {
            writer.Int((int)repair.Kind);
            writer.Int(repair.Count);
        }
    }

    private static DocumentMetadata ReadMetadata(PackedReader reader)
    {
        var (slug, region, title, titleEn, type, issuer) =
            (reader.String(), reader.String(), reader.String(), reader.NullableString(), reader.String(), reader.NullableString());
        var (written, published, number) = (reader.Date(), reader.Date(), reader.NullableString());
        var source = new DocumentSource(reader.String(), reader.String(), reader.NullableString(), reader.NullableString(), (SourceScript)reader.Int())
        {
            Copied = reader.Date(),
        };
        var isFull = reader.Boolean();
        var missing = ImmutableArray.CreateBuilder<string>(reader.Int());
        for (var i = missing.Capacity; i > 0; i--) missing.Add(reader.String());
        var completeness = new Completeness(isFull, missing.MoveToImmutable());
        var flags = new DocumentFlags(reader.Boolean(), reader.Int(), reader.Int());
        var officialUrl = reader.NullableString();
        var facts = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        for (var i = reader.Int(); i > 0; i--) facts.Add(reader.String(), reader.String());
        var repairs = ImmutableArray.CreateBuilder<RepairCount>(reader.Int());
        for (var i = repairs.Capacity; i > 0; i--) repairs.Add(new RepairCount((RepairKind)reader.Int(), reader.Int()));
        return new DocumentMetadata(slug, region, title, titleEn, type, issuer, written, published, number, source, completeness, flags)
        {
            OfficialUrl = officialUrl,
            FactSources = facts.ToImmutable(),
            Repairs = repairs.MoveToImmutable(),
        };
    }
}
