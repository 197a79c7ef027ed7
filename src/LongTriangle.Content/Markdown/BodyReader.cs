using System.Collections.Immutable;
using LongTriangle.Inputs;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LongTriangle.Content.Markdown;

/// <summary>
/// Reads a body (what <see cref="BodyWriter"/> writes) into clauses. Markdig parses it with generic attributes
/// only, so ids come from the content's explicit <c>{#eId}</c> blocks and never from automatic heading ids; raw
/// HTML is not recognised at all. Anything else than a heading or paragraph with its attribute block, or an
/// attribute, class or numbering the format does not define, is refused with the file and line.
/// </summary>
public static class BodyReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseGenericAttributes()
        .DisableHtml()
        .Build();

    public static ImmutableArray<Clause> Read(string body, string file, int firstLine)
    {
        var markdown = Markdig.Markdown.Parse(body, Pipeline);
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
                _ => throw new InputException(file, line, $"only headings and paragraphs may appear in a document body, not a {Describe(block)}"),
            };
            if (kind == ClauseKind.Heading && level < 2)
                throw new InputException(file, line, "the title belongs in the front matter; body headings start at ##");

            var attributes = block.TryGetAttributes();
            var idText = attributes?.Id
                ?? throw new InputException(file, line, "every heading and paragraph must end with its {#eId}");
            var id = ClauseId.TryParse(idText)
                ?? throw new InputException(file, line, $"'{idText}' is not an eId (segments like chp_8 joined by __)");
            if (!seen.Add(id.Value))
                throw new InputException(file, line, $"the eId '{id.Value}' is used twice");

            var text = PlainText.Of(inlines);
            if (text.Length == 0 && kind == ClauseKind.Paragraph)
                throw new InputException(file, line, $"the paragraph {id.Value} has no text");
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
                throw new InputException(file, line, $"'{key}' is not an attribute of the content format (only {ContentAttributes.Numbering}=…)");
            if (numbering is not null)
                throw new InputException(file, line, $"a heading or paragraph has one {ContentAttributes.Numbering}");
            numbering = NumberingKinds.Read(value ?? "")
                ?? throw new InputException(file, line, $"'{value}' is not a numbering of the content format ({string.Join(", ", Enum.GetValues<NumberingKind>().Select(k => k.Name()))})", ContentAttributes.Numbering);
        }
        return numbering;
    }

    /// <summary>The block's role from its class; a class the content format does not define is an error, as is a second one.</summary>
    private static BlockRole Role(IReadOnlyList<string>? classes, string file, int line)
    {
        if (classes is null || classes.Count == 0) return BlockRole.None;
        if (classes.Count > 1)
            throw new InputException(file, line, $"a heading or paragraph has at most one role class, not {string.Join(" ", classes.Select(c => "." + c))}");
        return BlockRoles.FromClass(classes[0])
            ?? throw new InputException(file, line, $"'.{classes[0]}' is not a role of the content format (notice, preface, fragment, closing, heading-missing, heading-restored)");
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
