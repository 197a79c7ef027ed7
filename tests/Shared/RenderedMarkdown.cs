using Markdig;

namespace LongTriangle.Tests;

/// <summary>
/// Renders Markdown as CommonMark + generic attributes (the content format's dialect), to test that what the
/// writer makes of seed text stays text. One file, compiled into the test projects that need it.
/// </summary>
internal static class RenderedMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseGenericAttributes().Build();

    public static string Html(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);
}
