namespace LongTriangle.Content;

/// <summary>The script a seed arrived in, as far as the text shows it.</summary>
public enum SourceScript
{
    Simplified,
    Traditional,
    /// <summary>Traditional with Taiwan/MS-Word vocabulary (資訊, 網路, 品質 …).</summary>
    TraditionalTaiwan,
    Mixed,
}

/// <summary>How the content format writes a <see cref="SourceScript"/> (front matter <c>source.script</c>).</summary>
public static class SourceScripts
{
    public static string Name(this SourceScript script) => script switch
    {
        SourceScript.Simplified => "simplified",
        SourceScript.Traditional => "traditional",
        SourceScript.TraditionalTaiwan => "traditional-taiwan",
        SourceScript.Mixed => "mixed",
        _ => throw new ArgumentOutOfRangeException(nameof(script)),
    };

    /// <summary>The script the content format names <paramref name="name"/>; null for a name it does not know.</summary>
    public static SourceScript? Read(string name) =>
        Enum.GetValues<SourceScript>().Cast<SourceScript?>().FirstOrDefault(s => s!.Value.Name() == name);
}
