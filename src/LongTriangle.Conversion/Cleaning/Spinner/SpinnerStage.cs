using System.Text;
using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Spinner;

/// <summary>
/// Restores a copy that a "伪原创" synonym spinner rewrote (成长 for 发展, 计谋 for 战略, 外国 for 中国 …).
/// Acts only when the text carries the spinner's signature (<see cref="SpinDetection"/>), so genuine text
/// passes unchanged; then reverses every phrase of the table in each line that shows a signature itself
/// (lines the page kept unspun, such as its title, stay as they are), one repair per line. Words the
/// spinner deleted cannot be derived and are not invented; where the text shows such a gap (a lone 习
/// left of 习近平) the repair says so.
/// </summary>
public sealed partial class SpinnerStage(SpinnerPhraseTable table) : ICleaningStage
{
    public SpinnerStage()
        : this(SpinnerPhraseTable.Embedded)
    {
    }

    public WorkingText Apply(WorkingText text)
    {
        var detection = SpinDetection.Of(text.Lines.Select(l => l.Text), table);
        if (!detection.IsSpun)
        {
            return text;
        }

        var repairs = new List<Repair>();
        var applied = new List<SpinnerPhrase>();
        var inContext = new List<SpinnerContextRules.Change>();
        var lines = text.Lines.Select(line =>
        {
            applied.Clear();
            inContext.Clear();
            var restored = table.Restore(line.Text, applied);
            // A line without a single signature was not spun (a title or caption the page kept as it was).
            if (!applied.Any(p => p.IsSignature))
            {
                return line;
            }

            restored = SpinnerContextRules.Apply(restored, inContext);
            repairs.Add(new Repair(RepairKind.SpinnerReversed, line.Number, line.Text, restored, Describe(applied, inContext, restored)));
            return line with { Text = restored };
        }).ToList();

        return text.WithLines(lines).AddRepairs(repairs) with
        {
            Facts = text.Facts with { RestoredFromSpunCopy = true },
        };
    }

    private static string Describe(List<SpinnerPhrase> applied, List<SpinnerContextRules.Change> inContext, string restored)
    {
        var note = new StringBuilder();
        note.Append(applied.Count).Append(applied.Count == 1 ? " phrase restored: " : " phrases restored: ");
        var groups = applied.GroupBy(p => p.Spun, StringComparer.Ordinal).ToList();
        for (var i = 0; i < groups.Count; i++)
        {
            if (i > 0)
            {
                note.Append(", ");
            }

            var first = groups[i].First();
            note.Append(first.Spun).Append('→').Append(first.Original);
            if (groups[i].Count() > 1)
            {
                note.Append(" ×").Append(groups[i].Count());
            }
        }

        if (inContext.Count > 0)
        {
            note.Append("; by context: ").Append(string.Join(", ", inContext.Select(c => c.Before + "→" + c.After)));
        }

        var gaps = LoneXi().Count(restored);
        if (gaps > 0)
        {
            note.Append("; the spun copy deleted words after 习 (a name and title) ")
                .Append(gaps == 1 ? "once" : $"{gaps} times")
                .Append(", which cannot be derived and are not restored");
        }

        return note.ToString();
    }

    // 习 standing for 习近平 whose name and title the spinner deleted: not part of 学习, 实习生, 习惯 ….
    [GeneratedRegex(@"(?<![学练复研见演补自温传熟积恶陋讲修预])习(?![近惯俗题作得性生期岗])")]
    private static partial Regex LoneXi();
}
