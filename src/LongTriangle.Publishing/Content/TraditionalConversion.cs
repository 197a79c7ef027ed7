using LongTriangle.ChineseScript;

namespace LongTriangle.Publishing.Content;

/// <summary>
/// Simplified → Traditional in Taiwan-standard glyphs, character forms only (OpenCC s2tw data; see
/// docs/traditional-edition.md). The tables load on first use, once per process, and never change.
/// </summary>
public sealed class TraditionalConversion : ITextConversion
{
    private readonly Lazy<SimplifiedToTraditional> converter = new(SimplifiedToTraditional.LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    public string Convert(string authoritative) => converter.Value.Convert(authoritative);
}
