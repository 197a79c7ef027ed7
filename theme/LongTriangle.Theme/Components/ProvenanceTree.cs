using System.Text.Encodings.Web;
using LongTriangle.Theme.Models;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace LongTriangle.Theme.Components;

/// <summary>
/// Provenance data of any shape: mappings as definition lists, uniform lists as tables (see
/// <see cref="ProvenanceTreeMarkup"/>). One component for the whole tree, its markup written in one pass: a scraped
/// page's record has thousands of rows, and the provenance pages (one page in eight) cost about 40 % of rendering
/// the site when each node was a component and each cell render-tree frames.
/// </summary>
public sealed class ProvenanceTree : ComponentBase
{
    [Parameter, EditorRequired] public TreeNode Node { get; set; } = default!;

    /// <summary>The encoder the page renderer writes every other text of the page with.</summary>
    [Inject] private HtmlEncoder Encoder { get; set; } = default!;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        foreach (var piece in ProvenanceTreeMarkup.Write(Node, Encoder))
            builder.AddMarkupContent(0, piece);
    }
}
