using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Concordance;
using LongTriangle.Publishing.Content;
using LongTriangle.Content.Markdown;
using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Rendering;

namespace LongTriangle.Publishing.Site;

/// <summary>
/// What each kind of page is made of, as digests computed without making its view: the one place that states a
/// page's dependencies, so that an incremental build renders only the pages whose inputs changed (the page cache
/// keys a page on these digests, its component and its path, which names its rendition).
/// <list type="bullet">
/// <item><see cref="Shared"/>: everything a page may show of the site and of documents other than its own
/// (the site's base and settings, regions, glossary, aliases, whether PDFs are printed, the compare sections, and
/// of every document in site order its slug, region, titles, type, dates and issuer: what breadcrumbs, neighbour
/// links and citations show).</item>
/// <item><see cref="Own"/>: a document as it was read (front matter, clauses, errata, translation, region) and
/// whether its English source is published.</item>
/// <item><see cref="Concordance(LocalisedDocument)"/>: the concordance as it concerns a document's clauses: every
/// link from, to and beside each of them, and of each linked clause of another document what a note or a compare
/// row shows of it (its text, its English, its errata).</item>
/// <item><see cref="ProvenanceTree"/>: the document's provenance tree, which only its provenance page shows.</item>
/// </list>
/// The home, region, glossary, search and 404 pages show something of every document (outlines, coverage, every
/// clause that uses a term): they have no inputs here and stay keyed by their view.
/// </summary>
public sealed class PageInputs
{
    private readonly SiteModel _site;
    private readonly Dictionary<PolicyDocument, int> _index;
    private readonly Lazy<byte[]> _shared;
    private readonly Lazy<byte[]>[] _own;
    private readonly Lazy<byte[]>[] _concordance;
    private readonly Dictionary<CompareSection, Lazy<byte[]>> _sections;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _clauses = new(StringComparer.Ordinal);

    public PageInputs(SiteModel site)
    {
        _site = site;
        _index = new Dictionary<PolicyDocument, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < site.Documents.Count; i++) _index[site.Documents[i].Document] = i;
        _shared = new Lazy<byte[]>(() => SharedDigest(site));
        _own = [.. site.Documents.Select(d => new Lazy<byte[]>(() => OwnDigest(site, d)))];
        _concordance = [.. site.Documents.Select(d => new Lazy<byte[]>(() => ConcordanceDigest(d.Document, d.Document.Clauses)))];
        // Once per section, not once per rendition of its page.
        _sections = site.CompareSections.ToDictionary<CompareSection, CompareSection, Lazy<byte[]>>(s => s, s => new Lazy<byte[]>(() => ConcordanceDigest(s.Document, s.Clauses)), ReferenceEqualityComparer.Instance);
    }

    /// <summary>A document page or its side-by-side page: the document, its concordance notes, and the others' titles.</summary>
    public IReadOnlyList<byte[]> DocumentPage(LocalisedDocument document) => [Shared, Own(document), Concordance(document)];

    /// <summary>A document's data file (data/&lt;slug&gt;.json): its metadata, clauses, translation and coverage, citations
    /// (which name its titles and issuer), aliases and URLs (the site's base).</summary>
    public IReadOnlyList<byte[]> DataFile(LocalisedDocument document) => [Shared, Own(document)];

    /// <summary>A provenance page: the document (title, eIds the tree links to) and its tree.</summary>
    public IReadOnlyList<byte[]> ProvenancePage(LocalisedDocument document) => [Shared, Own(document), ProvenanceTree(document)];

    /// <summary>The compare index of a document: its sections and how many plan clauses each has.</summary>
    public IReadOnlyList<byte[]> CompareIndexPage(LocalisedDocument document) => [Shared, Own(document), Concordance(document)];

    /// <summary>A compare page: the section (and its neighbours' headings), and every plan clause linked to it.</summary>
    public IReadOnlyList<byte[]> ComparePage(CompareSection section)
    {
        var document = _site.Localised(section.Document);
        return [Shared, Own(document), _sections[section].Value];
    }

    public byte[] Shared => _shared.Value;

    public byte[] Own(LocalisedDocument document) => _own[_index[document.Document]].Value;

    public byte[] Concordance(LocalisedDocument document) => _concordance[_index[document.Document]].Value;

    /// <summary>The digest of the tree's packed form (<see cref="Provenance.Digest"/>): the tree is not made again for
    /// a key, which would cost more than the rest of the page's key.</summary>
    public byte[] ProvenanceTree(LocalisedDocument document) => document.Document.Provenance?.Digest ?? [];

    private static byte[] SharedDigest(SiteModel site) => Digest(new
    {
        site.Base,
        site.HasPdfs,
        site.Content.Regions,
        site.Content.Glossary,
        site.Content.Aliases.BySlug,
        site.Content.Aliases.Reused,
        CompareSections = site.CompareSections.Select(s => new { s.Document.Slug, Heading = s.Heading.Id.Value }),
        Documents = site.Documents.Select(d => new
        {
            d.Slug,
            d.Region.Id,
            d.Document.Metadata.Title,
            d.Document.Metadata.TitleEn,
            d.Document.Metadata.Type,
            d.Document.Metadata.Issuer,
            d.Document.Metadata.Written,
            d.Document.Metadata.Published,
            TranslatedTitle = d.Translation.Title,
            TranslatedType = d.Translation.Type,
            d.TranslatedIssuerCited,
            d.TranslatedIssuer,
            HasProvenance = d.Document.Provenance is not null,
        }),
    });

    private static byte[] OwnDigest(SiteModel site, LocalisedDocument document) => Digest(new
    {
        // The document's front matter and clauses and its translation as the build cache packs them, every value of
        // each (ContentCacheTests): a tenth of the cost of serializing them.
        Document = SHA256.HashData(PackedDocument.Pack(new ContentDocument(document.Document.Metadata, document.Document.Clauses))),
        Translation = SHA256.HashData(PackedTranslation.Pack(document.Translation)),
        document.Document.SourceFile,
        Corrections = Correction.From(document.Document.Provenance),
        document.Region,
        // The document page links the English source only when the file is there to be published.
        TranslationSource = document.Translation.Exists && File.Exists(Downloads.DownloadFiles.TranslationSource(site.Content, document.Document)),
    });

    private byte[] ConcordanceDigest(PolicyDocument document, IEnumerable<Clause> clauses) => Digest(writer =>
    {
        var concordance = _site.Concordance;
        foreach (var clause in clauses)
        {
            var key = new ClauseReference(document, clause).Key;
            writer.Write(key);
            foreach (var link in concordance.From(key))
            {
                AddLink(writer, link);
                AddClause(writer, link.To);
            }
            foreach (var link in concordance.To(key))
            {
                AddLink(writer, link);
                AddClause(writer, link.From);
                foreach (var also in concordance.AlsoIn(link.From.Key))
                {
                    AddLink(writer, also);
                    AddClause(writer, also.To);
                }
            }
            foreach (var link in concordance.AlsoIn(key))
            {
                AddLink(writer, link);
                AddClause(writer, link.To);
            }
        }
    });

    private static void AddLink(BinaryWriter writer, ConcordanceLink link)
    {
        writer.Write(link.From.Key);
        writer.Write(link.To.Key);
        writer.Write(link.Score);
        writer.Write((int)link.Strength);
    }

    /// <summary>What a note or a compare row shows of a linked clause (its document's titles are in <see cref="Shared"/>);
    /// kept by clause, since a clause of the Outline is linked from many plans' pages.</summary>
    private void AddClause(BinaryWriter writer, ClauseReference reference) => writer.Write(_clauses.GetOrAdd(reference.Key, _ =>
    {
        var translation = _site.Localised(reference.Document).Translation;
        // Packed as the build cache packs clauses and entries (every value of each), as above.
        using var packed = new PackedWriter();
        PackedDocument.Write(packed, reference.Clause);
        foreach (var entry in new[] { translation.EntryFor(reference.Clause), translation.HeadingEntryFor(reference.Clause) })
        {
            packed.Boolean(entry is not null);
            if (entry is not null) PackedTranslation.Write(packed, entry);
        }
        packed.Bytes(Digest(Correction.From(reference.Document.Provenance).Where(c => c.Eid == reference.Clause.Id.Value).ToArray()));
        return SHA256.HashData(packed.ToArray());
    }));

    /// <summary>The SHA-256 of what <paramref name="write"/> writes (every string prefixed with its length, so two
    /// different sequences never write the same bytes), hashed as it is written.</summary>
    private static byte[] Digest(Action<BinaryWriter> write)
    {
        using var hash = new Sha256Stream();
        using (var writer = new BinaryWriter(hash, Encoding.UTF8, leaveOpen: true))
            write(writer);
        return hash.Hash();
    }

    /// <summary>The SHA-256 of a value as the page cache serializes a view (derived types by what they are), hashed as
    /// it is serialized.</summary>
    private static byte[] Digest(object value)
    {
        using var hash = new Sha256Stream();
        JsonSerializer.Serialize(hash, value, value.GetType(), CachedPageRenderer.KeyOptions);
        return hash.Hash();
    }
}
