namespace LongTriangle.Conversion.Model;

/// <summary>The script a seed arrived in, as far as the text shows it.</summary>
public enum SourceScript
{
    Simplified,
    Traditional,
    /// <summary>Traditional with Taiwan/MS-Word vocabulary (資訊, 網路, 品質 …).</summary>
    TraditionalTaiwan,
    Mixed,
}
