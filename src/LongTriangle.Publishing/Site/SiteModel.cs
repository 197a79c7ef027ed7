using LongTriangle.Publishing.Concordance;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Site;

/// <summary>
/// The content prepared for rendering: every document with its translation and region, in site order,
/// and the base URL. Checks the aliases and reused eIds against the documents, since an alias or a reused
/// entry that points nowhere would silently break links that were published.
/// </summary>
public sealed class SiteModel
{
    public SiteModel(SiteContent content, SiteBase site) : this(content, site, ConcordanceBuilder.Build(content))
    {
    }

    /// <param name="concordance">Built by <see cref="ConcordanceBuilder"/> from the same content (a stage of its own in the build).</param>
    public SiteModel(SiteContent content, SiteBase site, ClauseConcordance concordance)
    {
        Content = content;
        Base = site;
        Frames = new FrameFactory(site);
        Documents = [.. content.Documents.Select(d => new LocalisedDocument(d, content.TranslationOf(d), content.RegionOf(d), content.Aliases,
            Citations.IssuerNames.Cited(d.Metadata.Issuer, content.Glossary), Citations.IssuerNames.Official(d.Metadata.Issuer, content.Glossary)))];
        CheckAliases(content);
        _bySlug = new(StringComparer.Ordinal);
        foreach (var document in Documents) _bySlug.TryAdd(document.Slug, document);
        _byRegion = Documents.GroupBy(d => d.Region.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, IReadOnlyList<LocalisedDocument> (g) => [.. g], StringComparer.Ordinal);
        _regionOrder = content.Regions.Select((r, i) => (r.Id, i)).DistinctBy(r => r.Id, StringComparer.Ordinal)
            .ToDictionary(r => r.Id, r => r.i, StringComparer.Ordinal);
        Concordance = concordance;
        CompareSections = [.. Documents.Where(d => content.Regions.Length > 0 && d.Region.Id == content.Regions[0].Id).SelectMany(d => CompareSection.Of(d.Document))];
    }

    /// <summary>Which plan clause implements which clause of the first region's documents (the Outline).</summary>
    public ClauseConcordance Concordance { get; }

    /// <summary>The sections of the implemented documents, each with a compare page.</summary>
    public IReadOnlyList<CompareSection> CompareSections { get; }

    public SiteContent Content { get; }

    public SiteBase Base { get; }

    /// <summary>Whether the build prints each document page to PDF (Chromium found), so that pages link to them.</summary>
    public bool HasPdfs { get; init; }

    public FrameFactory Frames { get; }

    public IReadOnlyList<LocalisedDocument> Documents { get; }

    /// <summary>
    /// The documents of a region, in site order. Made once: a page cites documents of other regions thousands of
    /// times (an Outline clause lists every plan clause implementing it), and a list made per citation was most of
    /// what rendering allocated at a thousand documents.
    /// </summary>
    public IReadOnlyList<LocalisedDocument> DocumentsIn(Region region) => _byRegion.GetValueOrDefault(region.Id, []);

    /// <summary>The site's document of <paramref name="document"/> (by its slug, which no two documents share).</summary>
    public LocalisedDocument Localised(PolicyDocument document) =>
        _bySlug.TryGetValue(document.Slug, out var localised) ? localised : throw new InvalidOperationException($"'{document.Slug}' is not a document of the site");

    /// <summary>Where the region of <paramref name="document"/> stands among the site's regions (its first place when listed twice).</summary>
    public int RegionOrder(PolicyDocument document) =>
        _regionOrder.TryGetValue(document.RegionId, out var order) ? order : throw new InvalidOperationException($"'{document.RegionId}' is not a region of the site");

    private readonly Dictionary<string, LocalisedDocument> _bySlug;
    private readonly Dictionary<string, IReadOnlyList<LocalisedDocument>> _byRegion;
    private readonly Dictionary<string, int> _regionOrder;

    private static void CheckAliases(SiteContent content)
    {
        const string file = "content/aliases.yml";
        foreach (var (slug, aliases) in content.Aliases.BySlug)
        {
            var document = content.Documents.FirstOrDefault(d => d.Slug == slug)
                ?? throw new ContentException(file, null, "no document has this slug", slug);
            var ids = document.Clauses.Select(c => c.Id.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var (old, target) in aliases)
            {
                if (ids.Contains(old))
                    throw new ContentException(file, null, $"'{old}' is still an eId of the document; an alias is only for an eId that no longer exists", $"{slug}.{old}");
                if (!ids.Contains(target))
                    throw new ContentException(file, null, $"the alias points to '{target}', which the document does not have", $"{slug}.{old}");
            }
        }
        foreach (var (slug, reused) in content.Aliases.Reused)
        {
            var document = content.Documents.FirstOrDefault(d => d.Slug == slug)
                ?? throw new ContentException(file, null, "no document has this slug", slug);
            var ids = document.Clauses.Select(c => c.Id.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var (id, entry) in reused)
            {
                var key = $"{slug}.{Reading.AliasReader.ReusedKey}.{id}";
                if (!ids.Contains(id))
                    throw new ContentException(file, entry.Line, $"'{id}' is not an eId of the document; a reused entry is for an eId that still exists (map a lost one as an alias)", key);
                if (!ids.Contains(entry.Now))
                    throw new ContentException(file, entry.Line, $"now: '{entry.Now}', which the document does not have", key);
            }
        }
    }
}
