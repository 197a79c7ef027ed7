using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Script;

/// <summary>
/// Reverses Taiwan/MS-Word vocabulary (资讯→信息, 网路→网络, 水准→水平 …) in documents that carry the
/// Taiwan signature: at least <see cref="SignatureTerms"/> different strong terms. Runs after script
/// conversion (the vocabulary is in Simplified characters). Sets <see cref="SourceScript.TraditionalTaiwan"/>
/// when the seed was Traditional. One repair per changed line lists the replaced terms.
/// </summary>
public sealed class VocabularyRestorationStage(TaiwanVocabulary vocabulary) : ICleaningStage
{
    /// <summary>One stray 资讯 in a mainland text is not a signature; three different Taiwan terms are.</summary>
    public const int SignatureTerms = 3;

    public WorkingText Apply(WorkingText text)
    {
        var strongFound = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in text.Lines)
        {
            Scan(line.Text, (term, position) =>
            {
                // An occurrence its rule keeps (水准点, 千兆元件) is mainland usage, not a sign of Taiwan.
                if (term.Strong && term.AppliesAt(line.Text, position))
                {
                    strongFound.Add(term.Term);
                }
            });
        }

        if (strongFound.Count < SignatureTerms)
        {
            return text;
        }

        var lines = new List<SourceLine>(text.Lines.Length);
        var repairs = new List<Repair>();
        foreach (var line in text.Lines)
        {
            var changes = new LineChanges();
            var restored = Restore(line.Text, changes);
            lines.Add(line with { Text = restored });
            if (changes.ToRepair(RepairKind.VocabularyRestored, line.Number) is { } repair)
            {
                repairs.Add(repair);
            }
        }

        var script = text.Facts.Script is SourceScript.Traditional or SourceScript.Mixed
            ? SourceScript.TraditionalTaiwan
            : text.Facts.Script;
        return text.WithLines(lines).AddRepairs(repairs) with { Facts = text.Facts with { Script = script } };
    }

    private string Restore(string text, LineChanges changes)
    {
        var output = new System.Text.StringBuilder(text.Length);
        var last = 0;
        Scan(text, (term, position) =>
        {
            if (!term.AppliesAt(text, position))
            {
                return;
            }

            output.Append(text, last, position - last).Append(term.Replacement);
            last = position + term.Term.Length;
            changes.Add(term.Term, term.Replacement);
        });
        output.Append(text, last, text.Length - last);
        return output.ToString();
    }

    /// <summary>Visits each longest, non-overlapping occurrence of a vocabulary term, left to right.</summary>
    private void Scan(string text, Action<VocabularyTerm, int> visit)
    {
        var span = text.AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            var (length, term) = vocabulary.Trie.LongestMatch(span, i);
            if (length == 0 || term is null)
            {
                i++;
                continue;
            }

            visit(term, i);
            i += length;
        }
    }
}
