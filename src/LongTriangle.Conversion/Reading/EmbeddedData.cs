using LongTriangle.ChineseScript;

namespace LongTriangle.Conversion.Reading;

/// <summary>The converter's tables committed under Data/ (embedded as LongTriangle.Conversion.Data.&lt;file&gt;).</summary>
public static class EmbeddedData
{
    public static IReadOnlyList<string> ReadLines(string fileName) =>
        EmbeddedLines.Read(typeof(EmbeddedData).Assembly, "LongTriangle.Conversion.Data." + fileName);
}
