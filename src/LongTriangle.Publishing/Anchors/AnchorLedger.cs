using System.Collections.Immutable;
using System.Text.Json;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Data;
using LongTriangle.Publishing.Reading;

namespace LongTriangle.Publishing.Anchors;

/// <summary>
/// <c>content/anchors.json</c>: every eId the site has published, per document, with the hash of its text
/// and the text (so that "changed beyond a typo" can be measured, and a reviewer sees in the diff what
/// published text changed). Written only by <c>longtriangle check --update-anchors</c>.
/// </summary>
public sealed record AnchorLedger(ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, PublishedAnchor>> Documents)
{
    public const string FileName = "anchors.json";

    public static AnchorLedger Empty { get; } = new(ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, PublishedAnchor>>(StringComparer.Ordinal));

    public int Count => Documents.Values.Sum(d => d.Count);

    /// <summary>The ledger for the content as it is now, keeping the records of old eIds that aliases still serve.</summary>
    public static AnchorLedger Record(SiteContent content, AnchorLedger previous)
    {
        var documents = ImmutableSortedDictionary.CreateBuilder<string, ImmutableSortedDictionary<string, PublishedAnchor>>(StringComparer.Ordinal);
        foreach (var document in content.Documents)
        {
            var anchors = ImmutableSortedDictionary.CreateBuilder<string, PublishedAnchor>(StringComparer.Ordinal);
            foreach (var clause in document.Clauses)
                anchors[clause.Id.Value] = new PublishedAnchor(TextHash.Of(clause.Text), TextHash.Normalise(clause.Text));
            if (previous.Documents.TryGetValue(document.Slug, out var old))
            {
                foreach (var alias in content.Aliases.For(document.Slug).Keys)
                    if (old.TryGetValue(alias, out var record) && !anchors.ContainsKey(alias)) anchors[alias] = record;
            }
            documents[document.Slug] = anchors.ToImmutable();
        }
        return new AnchorLedger(documents.ToImmutable());
    }

    public static AnchorLedger Read(string path, string displayName)
    {
        if (!ContentFiles.Exists(path)) return Empty;
        var bytes = ContentFiles.ReadBytes(path, Path.GetDirectoryName(Path.GetFullPath(path))!, displayName, "anchor ledger", LongTriangle.Inputs.YamlLimits.Document.MaximumBytes);
        try
        {
            using var json = JsonDocument.Parse(bytes);
            var documents = ImmutableSortedDictionary.CreateBuilder<string, ImmutableSortedDictionary<string, PublishedAnchor>>(StringComparer.Ordinal);
            foreach (var document in json.RootElement.GetProperty("documents").EnumerateObject())
            {
                var anchors = ImmutableSortedDictionary.CreateBuilder<string, PublishedAnchor>(StringComparer.Ordinal);
                foreach (var anchor in document.Value.EnumerateObject())
                {
                    anchors[anchor.Name] = new PublishedAnchor(
                        anchor.Value.GetProperty("sha256").GetString() ?? "",
                        anchor.Value.GetProperty("text").GetString() ?? "");
                }
                documents[document.Name] = anchors.ToImmutable();
            }
            return new AnchorLedger(documents.ToImmutable());
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ContentException(displayName, null, "not a ledger of anchors (rewrite it with longtriangle check --update-anchors): " + e.Message);
        }
    }

    public byte[] ToJson() => JsonOutput.Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("format", 1);
        json.WriteString("about", "Every published eId with the SHA-256 of its text. Written by: longtriangle check --update-anchors (see docs/content-format.md).");
        json.WriteStartObject("documents");
        foreach (var (slug, anchors) in Documents)
        {
            json.WriteStartObject(slug);
            foreach (var (id, anchor) in anchors)
            {
                json.WriteStartObject(id);
                json.WriteString("sha256", anchor.Sha256);
                json.WriteString("text", anchor.Text);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    });
}
