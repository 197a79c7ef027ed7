namespace LongTriangle.Inputs;

/// <summary>How large and how deeply nested a YAML input may be.</summary>
/// <param name="MaximumBytes">The file's size in UTF-8 bytes.</param>
/// <param name="MaximumDepth">Nested mappings and lists; our files need four or five levels.</param>
public sealed record YamlLimits(long MaximumBytes, int MaximumDepth)
{
    /// <summary>Files a person writes by hand: sidecars, site.yml, aliases.yml, glossary files.</summary>
    public static YamlLimits Settings { get; } = new(1024 * 1024, 16);

    /// <summary>Files as large as a document: translations, and front matter and provenance the converter writes.</summary>
    public static YamlLimits Document { get; } = new(16 * 1024 * 1024, 16);
}
