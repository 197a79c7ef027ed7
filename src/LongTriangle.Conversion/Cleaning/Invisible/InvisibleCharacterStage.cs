using LongTriangle.Conversion.Model;
using LongTriangle.Inputs;

namespace LongTriangle.Conversion.Cleaning.Invisible;

/// <summary>
/// Removes the invisible characters a page or a hostile seed can carry (<see cref="InvisibleCharacters"/>:
/// bidirectional overrides and isolates, direction marks, zero-width spaces, stray joiners, soft hyphens),
/// so that a clause displays exactly the characters it holds and a search finds them. Each line changed is
/// a recorded repair naming the code points removed. Runs right after the HTML residue stage, which can
/// decode such a character from a reference (&amp;#8238;).
/// </summary>
public sealed class InvisibleCharacterStage : ICleaningStage
{
    public WorkingText Apply(WorkingText text)
    {
        var lines = new List<SourceLine>(text.Lines.Length);
        var repairs = new List<Repair>();
        foreach (var line in text.Lines)
        {
            var cleaned = InvisibleCharacters.Remove(line.Text);
            if (cleaned.Length == line.Text.Length)
            {
                lines.Add(line);
                continue;
            }

            repairs.Add(new Repair(RepairKind.InvisibleCharacterRemoved, line.Number, InvisibleCharacters.Visible(line.Text), cleaned,
                "invisible characters removed: " + string.Join(", ", line.Text.Where((_, i) => InvisibleCharacters.IsUnwantedAt(line.Text, i)).Distinct().Select(InvisibleCharacters.Describe))));
            lines.Add(line with { Text = cleaned });
        }

        return repairs.Count == 0 ? text : text.WithLines(lines).AddRepairs(repairs);
    }
}
