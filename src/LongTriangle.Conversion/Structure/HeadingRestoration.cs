using System.Collections.Immutable;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Sidecars;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// Puts back the headings a sidecar restores from the official document (<c>restored_headings</c>), each
/// immediately before the line its <c>before</c> names — where its content begins — so that the outline is
/// built from complete numbering and every paragraph lands in its own container. A restoration is checked
/// against the text: its <c>before</c> must open exactly one line of the body, and the heading must not be
/// in the source already; otherwise the sidecar is wrong and the error names its entry.
/// </summary>
internal static class HeadingRestoration
{
    /// <param name="Lines">The body with the restored headings in place.</param>
    /// <param name="RestoredFrom">Line index of each restored heading → the official text's address.</param>
    /// <param name="Repairs">One <see cref="RepairKind.HeadingRestored"/> per heading, at the seed line where its content begins.</param>
    public sealed record Result(List<SourceLine> Lines, IReadOnlyDictionary<int, string> RestoredFrom, ImmutableList<Repair> Repairs);

    public static Result None(List<SourceLine> body) => new(body, new Dictionary<int, string>(), []);

    public static Result Insert(List<SourceLine> body, SeedSidecar sidecar)
    {
        if (sidecar.RestoredHeadings.IsEmpty) return None(body);

        var before = new Dictionary<int, List<RestoredHeading>>();
        for (var r = 0; r < sidecar.RestoredHeadings.Length; r++)
        {
            var restored = sidecar.RestoredHeadings[r];
            var key = $"restored_headings[{r}]";
            if (body.Any(l => l.Text == restored.Text))
                throw new ConversionException(sidecar.File, restored.Line, $"the source already has the heading '{restored.Text}'; remove this restoration", key + ".heading");
            var matches = Enumerable.Range(0, body.Count).Where(i => body[i].Text.StartsWith(restored.Before, StringComparison.Ordinal)).ToList();
            if (matches.Count != 1)
                throw new ConversionException(sidecar.File, restored.Line, matches.Count == 0
                    ? $"no line of the converted text begins with '{restored.Before}'"
                    : $"{matches.Count} lines of the converted text begin with '{restored.Before}'; quote more of the line where the heading's content begins",
                    key + ".before");
            if (!before.TryGetValue(matches[0], out var here)) before[matches[0]] = here = [];
            here.Add(restored);
        }

        var lines = new List<SourceLine>(body.Count + sidecar.RestoredHeadings.Length);
        var restoredFrom = new Dictionary<int, string>();
        var repairs = ImmutableList.CreateBuilder<Repair>();
        for (var i = 0; i < body.Count; i++)
        {
            foreach (var restored in before.GetValueOrDefault(i) ?? [])
            {
                restoredFrom[lines.Count] = restored.Source;
                lines.Add(new SourceLine(body[i].Number, restored.Text));
                repairs.Add(new Repair(RepairKind.HeadingRestored, body[i].Number, "", restored.Text,
                    $"the heading is lost in the source; restored where its content begins, from the official text {restored.Source}"));
            }
            lines.Add(body[i]);
        }
        return new Result(lines, restoredFrom, repairs.ToImmutable());
    }
}
