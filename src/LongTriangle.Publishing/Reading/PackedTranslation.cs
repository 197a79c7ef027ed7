using System.Collections.Immutable;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// A translation file as read (<see cref="Translation"/>) in the build cache's compact form (<see cref="PackedWriter"/>):
/// every value of the record, so that it unpacks to one equal to the parse's.
/// </summary>
internal static class PackedTranslation
{
    public static byte[] Pack(Translation translation)
    {
        using var writer = new PackedWriter();
        writer.String(translation.File);
        writer.String(translation.Title);
        writer.String(translation.Type);
        Write(writer, translation.Headings);
        Write(writer, translation.Clauses);
        writer.Boolean(translation.Exists);
        writer.Int(translation.Missing.Count);
        foreach (var (chinese, english) in translation.Missing)
        {
            writer.String(chinese);
            writer.String(english);
        }
        return writer.ToArray();
    }

    public static Translation Unpack(byte[] packed)
    {
        var reader = new PackedReader(packed);
        var (file, title, type) = (reader.String(), reader.NullableString(), reader.NullableString());
        var (headings, clauses, exists) = (ReadEntries(reader), ReadEntries(reader), reader.Boolean());
        var missing = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        for (var i = reader.Int(); i > 0; i--) missing.Add(reader.String(), reader.String());
        return new Translation(file, title, type, headings, clauses, exists) { Missing = missing.ToImmutable() };
    }

    private static void Write(PackedWriter writer, ImmutableSortedDictionary<string, TranslationEntry> entries)
    {
        writer.Int(entries.Count);
        foreach (var (id, entry) in entries)
        {
            writer.String(id);
            Write(writer, entry);
        }
    }

    /// <summary>Every value of an entry (also what a page's key is made of: <see cref="Site.PageInputs"/>).</summary>
    public static void Write(PackedWriter writer, TranslationEntry entry)
    {
        writer.String(entry.English);
        writer.String(entry.ZhHash);
        writer.String(entry.Reason);
        writer.Int(entry.Exceptions.Length);
        foreach (var exception in entry.Exceptions)
        {
            writer.String(exception.Term);
            writer.String(exception.Reason);
        }
        writer.Int(entry.Line);
    }

    private static ImmutableSortedDictionary<string, TranslationEntry> ReadEntries(PackedReader reader)
    {
        var entries = ImmutableSortedDictionary.CreateBuilder<string, TranslationEntry>(StringComparer.Ordinal);
        for (var i = reader.Int(); i > 0; i--)
        {
            var (id, english, hash, reason) = (reader.String(), reader.NullableString(), reader.NullableString(), reader.NullableString());
            var exceptions = ImmutableArray.CreateBuilder<GlossaryException>(reader.Int());
            for (var j = exceptions.Capacity; j > 0; j--) exceptions.Add(new GlossaryException(reader.String(), reader.String()));
            entries.Add(id, new TranslationEntry(english, hash, reason, exceptions.MoveToImmutable(), reader.Int()));
        }
        return entries.ToImmutable();
    }
}
