using System.Collections.Immutable;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// Reads a whole content folder (docs/content-format.md) into a <see cref="SiteContent"/>. Every problem is a
/// <see cref="ContentException"/> naming the file relative to the content folder's parent, e.g.
/// <c>content/zh/national/outline-2019.md:12</c>.
/// </summary>
public static class ContentReader
{
    public static SiteContent Read(string contentDirectory)
    {
        var root = Path.GetFullPath(contentDirectory);
        if (!Directory.Exists(root)) throw new ContentException(contentDirectory, null, "the content folder does not exist");
        string Display(string path) => Path.GetRelativePath(Path.GetDirectoryName(root) ?? root, path).Replace('\\', '/');

        var regions = SiteSettingsReader.ReadRegions(Path.Combine(root, "site.yml"), Display(Path.Combine(root, "site.yml")));
        var documents = new List<PolicyDocument>();
        var zh = Path.Combine(root, "zh");
        if (Directory.Exists(zh))
        {
            foreach (var path in Directory.EnumerateFiles(zh, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                documents.Add(ReadDocument(path, Display(path), regions));
        }

        var duplicate = documents.GroupBy(d => d.Slug, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ContentException(duplicate.Last().SourceFile, null, $"the slug '{duplicate.Key}' is also used by {duplicate.First().SourceFile}", "slug");

        var translations = ImmutableSortedDictionary.CreateBuilder<string, Translation>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var path = Path.Combine(root, "en", document.RegionId, document.Slug + ".yml");
            translations[document.Slug] = File.Exists(path)
                ? TranslationReader.Read(File.ReadAllText(path), Display(path))
                : Translation.Empty(Display(path));
        }

        var orphans = new List<string>();
        var en = Path.Combine(root, "en");
        if (Directory.Exists(en))
        {
            foreach (var path in Directory.EnumerateFiles(en, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var slug = Path.GetFileNameWithoutExtension(path);
                var region = Path.GetFileName(Path.GetDirectoryName(path));
                if (!documents.Any(d => d.Slug == slug && d.RegionId == region)) orphans.Add(Display(path));
            }
        }

        var aliasesPath = Path.Combine(root, "aliases.yml");
        var aliases = File.Exists(aliasesPath) ? AliasReader.Read(File.ReadAllText(aliasesPath), Display(aliasesPath)) : AliasMap.Empty;

        var glossaryPath = Path.Combine(root, "glossary.yml");
        var glossary = File.Exists(glossaryPath)
            ? GlossaryReader.Read(File.ReadAllText(glossaryPath), Display(glossaryPath))
            : Glossary.Empty(Display(glossaryPath));

        var ordered = documents
            .OrderBy(d => regions.IndexOf(regions.First(r => r.Id == d.RegionId)))
            .ThenBy(d => d.Metadata.Published ?? d.Metadata.Written ?? "9999", StringComparer.Ordinal)
            .ThenBy(d => d.Slug, StringComparer.Ordinal);
        return new SiteContent(root, regions, [.. ordered], translations.ToImmutable(), aliases, [.. orphans], glossary);
    }

    private static PolicyDocument ReadDocument(string path, string display, ImmutableArray<Region> regions)
    {
        var provenancePath = Path.ChangeExtension(path, ".provenance.yml");
        var provenance = File.Exists(provenancePath)
            ? ProvenanceReader.Read(File.ReadAllText(provenancePath), Path.ChangeExtension(display, ".provenance.yml"))
            : null;
        var document = PolicyDocumentReader.Read(File.ReadAllText(path), display, provenance);

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
