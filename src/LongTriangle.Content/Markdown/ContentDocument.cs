using System.Collections.Immutable;

namespace LongTriangle.Content.Markdown;

/// <summary>
/// What a file <c>content/zh/&lt;region&gt;/&lt;slug&gt;.md</c> holds: its front matter and its body's headings and
/// paragraphs in reading order. <see cref="MarkdownWriter"/> writes it; <see cref="MarkdownReader"/> reads it back.
/// </summary>
public sealed record ContentDocument(DocumentMetadata Metadata, ImmutableArray<Clause> Clauses);
