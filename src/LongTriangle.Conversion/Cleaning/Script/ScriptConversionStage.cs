using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Script;

/// <summary>
/// Converts Traditional text to Simplified and records the seed's script in
/// <see cref="TextFacts.Script"/>. A Traditional document is converted in full; a Simplified document
/// only loses stray Traditional-only characters (so Simplified text passes through unchanged); in a
/// mixed document only lines that are wholly Traditional are converted in full. One repair per changed line lists the changes.
/// </summary>
public sealed class ScriptConversionStage(ScriptTables tables) : ICleaningStage
{
    private readonly ScriptDetector detector = new(tables);
    private readonly TraditionalToSimplified converter = new(tables);

    public WorkingText Apply(WorkingText text)
    {
        var counts = text.Lines.Select(l => detector.Count(l.Text)).ToList();
        var total = counts.Aggregate(default(ScriptCount), (a, b) => a + b);
        var script = detector.Classify(total);

        var lines = new List<SourceLine>(text.Lines.Length);
        var repairs = new List<Repair>();
        for (var i = 0; i < text.Lines.Length; i++)
        {
            var line = text.Lines[i];
            var scope = script switch
            {
                SourceScript.Traditional or SourceScript.TraditionalTaiwan => ConversionScope.All,
                SourceScript.Mixed when detector.Classify(counts[i]) == SourceScript.Traditional => ConversionScope.All,
                _ => ConversionScope.TraditionalOnly,
            };
            var changes = new LineChanges();
            var converted = converter.Convert(line.Text, scope, changes);
            lines.Add(line with { Text = converted });
            if (changes.ToRepair(RepairKind.ScriptConverted, line.Number) is { } repair)
            {
                repairs.Add(repair);
            }
        }

        return text.WithLines(lines).AddRepairs(repairs) with { Facts = text.Facts with { Script = script } };
    }
}
