using System.Collections.Immutable;
using LongTriangle.Publishing.Content;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// Reads <c>content/zh/&lt;region&gt;/&lt;slug&gt;.md</c>: front matter into <see cref="DocumentMetadata"/>, the
/// body into clauses. Markdig parses the body with generic attributes only, so ids come from the content's
/// explicit <c>{#eId}</c> blocks and never from automatic heading ids; raw HTML is not recognised at all.
/// </summary>
internal static class PolicyDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseGenericAttributes()
        .DisableHtml()
        .Build();

    public static PolicyDocument Read(string text, string file, Provenance? provenance)
    {
        var front = FrontMatter.Split(text, file);
        var yaml = YamlFile.ParseMapping(front.Yaml, file, LongTriangle.Inputs.YamlLimits.Document, lineOffset: 1)
            ?? throw new ContentException(file, 2, "the front matter is empty");
        var metadata = ReadMetadata(new YamlMap(yaml, file, lineOffset: 1));
        // The converter removes invisible characters (bidi overrides, zero-width spaces); a body holding one was not written by it.
        ContentFiles.AsContentProblem(() => { LongTriangle.Inputs.InvisibleCharacters.Refuse(front.Body, file, front.BodyFirstLine); return 0; });
        var clauses = ReadBody(front.Body, file, front.BodyFirstLine);
        return new PolicyDocument(metadata, clauses, provenance, file);
    }

    private static DocumentMetadata ReadMetadata(YamlMap map)
    {
        var slug = map.Required("slug");
        if (!ContentPatterns.IsSlug(slug))
            throw new ContentException(map.File, map.Line, $"a slug is lower-case letters, digits and hyphens, not '{slug}'", "slug");

        var source = map.Map("source") ?? throw new ContentException(map.File, map.Line, "a value is required", "source");
        var completeness = map.Map("completeness");
        var flags = map.Map("flags");
        var repairs = map.Map("repairs");
        var sources = map.Map("sources");

        return new DocumentMetadata(
            slug,
            map.Required("region"),
            map.Required("title"),
            map.Optional("title_en"),
            map.Required("type"),
            map.Optional("issuer"),
            Date(map, "written"),
            Date(map, "published"),
            map.Optional("number"),
            new DocumentSource(
                source.Required("seed"),
                source.Optional("sha256") ?? "",
                source.Optional("website"),
                source.Optional("url"),
                Script(source))
            {
                Copied = Date(source, "copied"),
            },
            new Completeness(
                Status(completeness),
                [.. completeness?.Strings("missing") ?? []]),
            new DocumentFlags(
                flags?.Bool("restored_from_spun_copy", false) ?? false,
                flags?.Int("lost_characters", 0) ?? 0,
                flags?.Int("missing_headings", 0) ?? 0))
        {
            OfficialUrl = map.Optional("official_url"),
            FactSources = (sources?.Entries ?? []).ToImmutableSortedDictionary(p => p.Key, p => sources!.Optional(p.Key) ?? "", StringComparer.Ordinal),
            Repairs = [.. (repairs?.Entries ?? [])
                .Select(p => new RepairCount(RepairKinds.Parse(p.Key, repairs!.File, repairs.LineOf(p.Value), "repairs"), repairs.Int(p.Key, 0)))
                .OrderBy(r => r.Kind.WireName(), StringComparer.Ordinal)],
        };
    }

    private static DateOnly? Date(YamlMap map, string key)
    {
        var value = map.Optional(key);
        if (value is null) return null;
        return ContentDates.Read(value)
            ?? throw new ContentException(map.File, map.LineOf(map.Find(key)!), $"a date is written YYYY-MM-DD, not '{value}'", key);
    }

    private static SourceScript Script(YamlMap source)
    {
        var value = source.Optional("script");
        if (value is null) return SourceScript.Simplified;
        return SourceScripts.Read(value)
            ?? throw new ContentException(source.File, source.LineOf(source.Find("script")!), $"the script is simplified, traditional, traditional-taiwan or mixed, not '{value}'", "script");
    }

    private static bool Status(YamlMap? completeness)
    {
        var value = completeness?.Optional("status");
        return value switch
        {
            null or Completeness.FullStatus => true,
            Completeness.PartialStatus => false,
            _ => throw new ContentException(completeness!.File, completeness.LineOf(completeness.Find("status")!), $"the status is full or partial, not '{value}'", "status"),
        };
    }

    private static ImmutableArray<Clause> ReadBody(string body, string file, int firstLine)
    {
        var markdown = Markdown.Parse(body, Pipeline);
        var clauses = new List<Clause>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var levels = new Dictionary<ClauseId, int>();
        foreach (var block in markdown)
        {
            var line = block.Line + firstLine;
            var (kind, level, inlines) = block switch
            {
                HeadingBlock heading => (ClauseKind.Heading, heading.Level, heading.Inline),
                ParagraphBlock paragraph => (ClauseKind.Paragraph, 0, paragraph.Inline),
                _ => throw new ContentException(file, line, $"only headings and paragraphs may appear in a document body, not a {Describe(block)}"),
            };
            if (kind == ClauseKind.Heading && level < 2)
                throw new ContentException(file, line, "the title belongs in the front matter; body headings start at ##");

            var attributes = block.TryGetAttributes();
            var idText = attributes?.Id
                ?? throw new ContentException(file, line, "every heading and paragraph must end with its {#eId}");
            var id = ClauseId.TryParse(idText)
                ?? throw new ContentException(file, line, $"'{idText}' is not an eId (segments like chp_8 joined by __)");
            if (!seen.Add(id.Value))
                throw new ContentException(file, line, $"the eId '{id.Value}' is used twice");

            var text = PlainText.Of(inlines);
            if (text.Length == 0 && kind == ClauseKind.Paragraph)
                throw new ContentException(file, line, $"the paragraph {id.Value} has no text");
            var runIn = kind == ClauseKind.Paragraph ? PlainText.OpeningStrong(inlines) : null;
            var numbering = Numbering(attributes.Properties, file, line);
            if (kind == ClauseKind.Paragraph && numbering is not null) level = NumberedLevel(id, levels);
            if (level > 0) levels[id] = level;
            clauses.Add(new Clause(id, kind, level, text, Role(attributes.Classes, file, line), line, runIn, numbering));
        }
        return [.. clauses];
    }

    /// <summary>Markdown's deepest heading level; deeper numbering shares it.</summary>
    private const int DeepestLevel = 6;

    /// <summary>
    /// The level a numbered paragraph's numbering gives it: one deeper than the heading or numbered clause it is
    /// numbered in (the nearest enclosing eId the document has read so far), ## at the top of the body.
    /// </summary>
    private static int NumberedLevel(ClauseId id, IReadOnlyDictionary<ClauseId, int> levels)
    {
        var depth = 1;
        for (var parent = id.Parent; parent is not null; parent = parent.Parent, depth++)
            if (levels.TryGetValue(parent, out var level))
                return Math.Min(level + depth, DeepestLevel);
        return Math.Min(1 + depth, DeepestLevel);
    }

    /// <summary>The block's numbering kind (<c>numbering=chapter</c>); any other key, or a kind the format does not name, is an error.</summary>
    private static NumberingKind? Numbering(IReadOnlyList<KeyValuePair<string, string?>>? properties, string file, int line)
    {
        NumberingKind? numbering = null;
        foreach (var (key, value) in properties ?? [])
        {
            if (key != ContentAttributes.Numbering)
                throw new ContentException(file, line, $"'{key}' is not an attribute of the content format (only {ContentAttributes.Numbering}=…)");
            if (numbering is not null)
                throw new ContentException(file, line, $"a heading or paragraph has one {ContentAttributes.Numbering}");
            numbering = NumberingKinds.Read(value ?? "")
                ?? throw new ContentException(file, line, $"'{value}' is not a numbering of the content format ({string.Join(", ", Enum.GetValues<NumberingKind>().Select(k => k.Name()))})", ContentAttributes.Numbering);
        }
        return numbering;
    }

    /// <summary>The block's role from its class; a class the content format does not define is an error, as is a second one.</summary>
    private static BlockRole Role(IReadOnlyList<string>? classes, string file, int line)
    {
        if (classes is null || classes.Count == 0) return BlockRole.None;
        if (classes.Count > 1)
            throw new ContentException(file, line, $"a heading or paragraph has at most one role class, not {string.Join(" ", classes.Select(c => "." + c))}");
        return BlockRoles.FromClass(classes[0])
            ?? throw new ContentException(file, line, $"'.{classes[0]}' is not a role of the content format (notice, preface, fragment, closing, heading-missing, heading-restored)");
    }

    private static string Describe(Block block) => block switch
    {
        ListBlock => "list",
        QuoteBlock => "block quote",
        CodeBlock => "code block",
        ThematicBreakBlock => "thematic break",
        HtmlBlock => "HTML block",
        _ => block.GetType().Name,
    };
}
