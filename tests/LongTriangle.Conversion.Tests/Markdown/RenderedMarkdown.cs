using Markdig;

namespace LongTriangle.Conversion.Tests.Markdown;

/// <summary>Renders Markdown as the site does (CommonMark + generic attributes), to test what the converter writes.</summary>
internal static class RenderedMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseGenericAttributes().Build();

    public static string Html(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);
}
