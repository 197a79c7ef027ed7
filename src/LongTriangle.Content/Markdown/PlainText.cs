using System.Text;
using Markdig.Syntax.Inlines;

namespace LongTriangle.Content.Markdown;

/// <summary>
/// The text of a heading or paragraph as a reader sees it: Markdown escapes resolved, nothing interpreted
/// as markup. The site escapes it again when it writes HTML.
/// </summary>
internal static class PlainText
{
    public static string Of(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        Append(inlines, text);
        return text.ToString().Trim();
    }

    /// <summary>
    /// The text of the strong emphasis a paragraph opens with, which the content format uses for a clause's
    /// run-in heading (<c>**（一）指导思想**。以…</c>); null when the paragraph opens otherwise.
    /// </summary>
    public static string? OpeningStrong(ContainerInline? inlines) =>
        inlines?.FirstChild is EmphasisInline { DelimiterCount: 2 } strong && Of(strong) is { Length: > 0 } text ? text : null;

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case HtmlInline html:
                text.Append(html.Tag);
                break;
            case LineBreakInline:
                // A paragraph is one line by contract; a stray break must not insert a space into Chinese text.
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    Append(child, text);
                break;
            default:
                text.Append(inline.ToString());
                break;
        }
    }
}
