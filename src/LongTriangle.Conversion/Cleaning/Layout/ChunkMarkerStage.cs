using System.Globalization;
using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Layout;

/// <summary>
/// Removes the markers a document-sharing site puts before each chunk of a PDF's extracted text (1、…
/// 2、… 3、…): they look like a list, but each chunk is cut wherever the page or the extractor stopped, so a
/// marked line carries on the sentence the line before it broke off. The markers are known as such when
/// they run 1, 2, 3 … in one sequence through the text and several of them stand after a sentence cut
/// short; a list of the document's own (whose items follow finished sentences, or whose numbering starts
/// again in each section) is never touched. Removing them lets the line-rejoin stage mend the sentences.
/// </summary>
public sealed partial class ChunkMarkerStage : ICleaningStage
{
    /// <summary>How many markers must stand after a sentence cut short before the sequence is taken for chunking.</summary>
    private const int FewestCuts = 2;

    public string Name => "chunk-markers";

    public WorkingText Apply(WorkingText text)
    {
        var lines = text.Lines;
        var marked = new List<(int Index, Match Marker)>();
        for (var i = 0; i < lines.Length; i++)
            if (Marker().Match(lines[i].Text) is { Success: true } m) marked.Add((i, m));
        if (marked.Count < FewestCuts + 1) return text;

        // One sequence 1, 2, 3 … through the whole text (a list of the document's restarts in each section).
        for (var k = 0; k < marked.Count; k++)
            if (Number(marked[k].Marker) != k + 1) return text;

        var cuts = marked.Count(m => PreviousLine(lines, m.Index) is { } before && CutShort(before));
        if (cuts < FewestCuts || cuts * 3 < marked.Count - 1) return text;

        var markers = marked.ToDictionary(m => m.Index, m => m.Marker);
        var output = new List<SourceLine>(lines.Length);
        var repairs = new List<Repair>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!markers.TryGetValue(i, out var marker))
            {
                output.Add(line);
                continue;
            }
            var chunk = line.Text[marker.Length..];
            repairs.Add(new Repair(RepairKind.ChromeRemoved, line.Number, marker.Value, "",
                "marker of a chunk of a PDF's extracted text (the chunks run 1、2、3、 through the text and cut sentences short)"));
            // A chunk that starts inside the sentence the last one cut short carries it on, whatever its first words.
            var last = output.FindLastIndex(l => !string.IsNullOrWhiteSpace(l.Text));
            if (last >= 0 && CutShort(output[last].Text) && !LineShape.IsHeading(chunk))
            {
                var head = output[last].Text.TrimEnd();
                repairs.Add(new Repair(RepairKind.LineRejoined, output[last].Number, head[^Math.Min(12, head.Length)..] + "\n" + chunk[..Math.Min(12, chunk.Length)],
                    head[^Math.Min(12, head.Length)..] + chunk[..Math.Min(12, chunk.Length)], $"seed line {line.Number} is the next chunk of the sentence"));
                output[last] = output[last] with { Text = head + chunk.TrimStart() };
                output.RemoveRange(last + 1, output.Count - last - 1);
                continue;
            }
            output.Add(line with { Text = chunk });
        }
        return text.WithLines(output).AddRepairs(repairs);
    }

    private static int Number(Match marker) => int.Parse(marker.Groups["n"].Value, CultureInfo.InvariantCulture);

    private static string? PreviousLine(IReadOnlyList<SourceLine> lines, int index)
    {
        for (var j = index - 1; j >= 0; j--)
            if (!string.IsNullOrWhiteSpace(lines[j].Text)) return lines[j].Text;
        return null;
    }

    /// <summary>A line of prose that stops inside a sentence.</summary>
    private static bool CutShort(string line)
    {
        var t = line.Trim();
        return t.Length >= 20 && LineShape.HasProsePunctuation(t) && !LineShape.EndsSentence(t);
    }

    [GeneratedRegex(@"^\s*(?<n>\d{1,3})、")]
    private static partial Regex Marker();
}
