using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace LongTriangle.Theme.Components;

/// <summary>An &lt;h2&gt;…&lt;h6&gt; element whose level is data (Razor markup cannot name an element by a value).</summary>
public sealed class HeadingElement : ComponentBase
{
    [Parameter, EditorRequired] public int Level { get; set; }

    [Parameter] public string? Id { get; set; }

    [Parameter] public string? Lang { get; set; }

    [Parameter] public string? Class { get; set; }

    /// <summary>The citation the copy tool copies (in the page's rendition).</summary>
    [Parameter] public string? Cite { get; set; }

    [Parameter] public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "h" + Math.Clamp(Level, 2, 6).ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.AddAttribute(1, "id", Id);
        builder.AddAttribute(2, "lang", Lang);
        builder.AddAttribute(3, "class", Class);
        builder.AddAttribute(4, "data-cite", Cite);
        builder.AddContent(5, ChildContent);
        builder.CloseElement();
    }
}
