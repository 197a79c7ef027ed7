using System.Collections.Immutable;
using LongTriangle.Inputs;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// Reads a whole content folder (docs/content-format.md) into a <see cref="SiteContent"/>. Every problem is a
/// <see cref="ContentException"/> naming the file relative to the content folder's parent, e.g.
/// <c>content/zh/national/outline-2019.md:12</c>.
/// </summary>
public static class ContentReader
{
    /// <param name="cache">Documents, translations and provenance files read by earlier builds are taken from it (null: parse every one).</param>
    public static SiteContent Read(string contentDirectory, ContentCache? cache = null)
    {
        var root = Path.GetFullPath(contentDirectory);
        if (!Directory.Exists(root)) throw new ContentException(contentDirectory, null, "the content folder does not exist");
        string Display(string path) => Path.GetRelativePath(Path.GetDirectoryName(root) ?? root, path).Replace('\\', '/');

        var settings = Path.Combine(root, SiteSettings.FileName);
        var settingsFile = ContentFiles.AsContentProblem(() => SiteSettings.Read(settings, root, Display(settings), [.. Renditions.All.Where(r => r.IsTranslated).Select(r => r.Code)]));
        var regions = settingsFile.Regions;
        var siteBase = settingsFile.BaseUrl is { } baseUrl
            ? Site.SiteBase.FromSettings(baseUrl.Value, Display(settings), baseUrl.Line, SiteSettings.BaseUrlKey)
            : null;
        var zh = Path.Combine(root, Renditions.Authoritative.Code);
        // Documents are independent: read on every core, kept (and failing) in file order.
        List<PolicyDocument> documents = Directory.Exists(zh)
            ? [.. Cores.Map([.. InputFiles.Find(zh, "*.md")], path => ReadDocument(path, root, Display(path), regions, cache))]
            : [];

        var duplicate = documents.GroupBy(d => d.Slug, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ContentException(duplicate.Last().SourceFile, null, $"the slug '{duplicate.Key}' is also used by {duplicate.First().SourceFile}", "slug");

        var translations = ImmutableSortedDictionary.CreateBuilder<string, Translation>(StringComparer.Ordinal);
        var read = Cores.Map(documents, document =>
        {
            var path = Path.Combine(root, Renditions.Translation.Code, document.RegionId, document.Slug + ".yml");
            return !ContentFiles.Exists(path) ? Translation.Empty(Display(path))
                : cache is null ? TranslationReader.Read(ContentFiles.ReadText(path, root, Display(path), TranslationReader.What, YamlLimits.Document.MaximumBytes), Display(path))
                : cache.Translations.Read(path, root, Display(path));
        });
        for (var i = 0; i < documents.Count; i++) translations[documents[i].Slug] = read[i];
        var known = documents.Select(d => (d.RegionId, d.Slug)).ToHashSet();

        var orphans = new List<string>();
        var en = Path.Combine(root, Renditions.Translation.Code);
        if (Directory.Exists(en))
        {
            foreach (var path in InputFiles.Find(en, "*.yml"))
            {
                ContentFiles.AsContentProblem(() => { InputFiles.RequireRegularFile(path, root, "translation", Display(path)); return 0; });
                var slug = Path.GetFileNameWithoutExtension(path);
                var region = Path.GetFileName(Path.GetDirectoryName(path));
                if (!known.Contains((region ?? "", slug))) orphans.Add(Display(path));
            }
        }

        var aliasesPath = Path.Combine(root, "aliases.yml");
        var aliases = ContentFiles.Exists(aliasesPath)
            ? AliasReader.Read(ContentFiles.ReadText(aliasesPath, root, Display(aliasesPath), "alias file", YamlLimits.Settings.MaximumBytes), Display(aliasesPath))
            : AliasMap.Empty;

        var glossaryPath = Path.Combine(root, "glossary.yml");
        var glossary = File.Exists(glossaryPath)
            ? GlossaryReader.Read(ContentFiles.ReadText(glossaryPath, root, Display(glossaryPath), "glossary", YamlLimits.Settings.MaximumBytes), Display(glossaryPath))
            : Glossary.Empty(Display(glossaryPath));

        var ordered = documents
            .OrderBy(d => regions.IndexOf(regions.First(r => r.Id == d.RegionId)))
            .ThenBy(d => d.Metadata.Date ?? DateOnly.MaxValue)
            .ThenBy(d => d.Slug, StringComparer.Ordinal);
        return new SiteContent(root, regions, [.. ordered], translations.ToImmutable(), aliases, [.. orphans], glossary) { Base = siteBase };
    }

    private static PolicyDocument ReadDocument(string path, string root, string display, ImmutableArray<Region> regions, ContentCache? cache)
    {
        var provenancePath = Path.ChangeExtension(path, ".provenance.yml");
        var provenanceDisplay = Path.ChangeExtension(display, ".provenance.yml");
        const string what = "provenance file";
        var provenance = !ContentFiles.Exists(provenancePath) ? null
            : cache is null ? ProvenanceReader.Read(ContentFiles.ReadText(provenancePath, root, provenanceDisplay, what, YamlLimits.Document.MaximumBytes), provenanceDisplay)
            : cache.Provenances.Read(provenancePath, root, provenanceDisplay)?.ToProvenance();
        var document = cache is null
            ? PolicyDocumentReader.Read(ContentFiles.ReadText(path, root, display, PolicyDocumentReader.What, DocumentLimits.MaximumMarkdownBytes), display, provenance)
            : PolicyDocumentReader.Join(cache.Documents.Read(path, root, display), display, provenance);
        if (document.Clauses.Length > DocumentLimits.MaximumBlocks)
            throw new ContentException(display, null, "the document has " + DocumentLimits.TooManyBlocks(document.Clauses.Length));

        if (!regions.Any(r => r.Id == document.RegionId))
            throw new ContentException(display, null, $"the region '{document.RegionId}' is not listed in site.yml", "region");
        var folder = Path.GetFileName(Path.GetDirectoryName(path));
        if (folder != document.RegionId)
            throw new ContentException(display, null, $"the document says region '{document.RegionId}' but lies in the folder '{folder}'", "region");
        if (Path.GetFileNameWithoutExtension(path) != document.Slug)
            throw new ContentException(display, null, $"the file name must be the slug: {document.Slug}.md", "slug");
        return document;
    }
}
