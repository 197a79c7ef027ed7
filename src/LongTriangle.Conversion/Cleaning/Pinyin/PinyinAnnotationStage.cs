using System.Text;
using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Conversion.Cleaning.Pinyin;

/// <summary>
/// Removes pinyin that some sites put after every character, "區(qū)域(yù)" → "區域": a parenthesis
/// (ASCII or full-width) right after a Han character that holds exactly one pinyin syllable. An
/// annotation is removed when the syllable is a reading of that character; once a document has shown
/// <see cref="PatternThreshold"/> such annotations, also when the reading is one Unihan does not list,
/// after a lost character ("?(qǐng)", or "?qǐng)" where the "(" was lost too) and after a stray byte
/// of a garbled character ("討B(tài)").
/// Real parentheses stay: their content is not a single syllable ("（以下簡稱長三角）").
/// One repair per changed line lists the annotations removed.
/// </summary>
public sealed partial class PinyinAnnotationStage(MandarinReadings readings) : ICleaningStage
{
    /// <summary>Confirmed annotations after which a document counts as annotated throughout.</summary>
    public const int PatternThreshold = 3;

    public string Name => "pinyin";

    public WorkingText Apply(WorkingText text)
    {
        var confirmed = text.Lines.Sum(l => Annotation().Matches(l.Text).Count(m => IsConfirmed(l.Text, m)));
        var annotated = confirmed >= PatternThreshold;
        var lines = new List<SourceLine>(text.Lines.Length);
        var repairs = new List<Repair>();
        foreach (var line in text.Lines)
        {
            var changes = new LineChanges();
            // Orphans first: "?yún)^(qū)" only shows the stray byte "^" once "?yún)" is "?".
            var withoutOrphans = annotated ? OrphanAnnotation().Replace(line.Text, m => RemoveOrphan(m, changes)) : line.Text;
            var cleaned = Annotation().Replace(withoutOrphans, m => Remove(withoutOrphans, m, annotated, changes));

            lines.Add(line with { Text = cleaned });
            if (changes.ToRepair(RepairKind.PinyinRemoved, line.Number) is { } repair)
            {
                repairs.Add(repair);
            }
        }

        return text.WithLines(lines).AddRepairs(repairs);
    }

    private bool IsConfirmed(string line, Match match) =>
        PrecedingHan(line, match.Index) is { } han
        && PinyinSyllable.Parse(match.Groups["syllable"].Value) is { } syllable
        && readings.CanRead(han, syllable);

    private string Remove(string line, Match match, bool annotated, LineChanges changes)
    {
        var previous = PrecedingCharacter(line, match.Index);
        if (previous is null || PinyinSyllable.Parse(match.Groups["syllable"].Value) is not { } syllable || !readings.IsSyllable(syllable))
        {
            return match.Value;
        }

        var value = previous.Value.Value;
        var remove = CommonHanzi.IsHan(value)
            ? readings.CanRead(value, syllable) || annotated
            : annotated && (IsLostMark(value) || IsStrayByte(line, match.Index - 1));
        if (!remove)
        {
            return match.Value;
        }

        changes.Add(previous.Value + match.Value, previous.Value.ToString());
        return "";
    }

    private string RemoveOrphan(Match match, LineChanges changes)
    {
        if (PinyinSyllable.Parse(match.Groups["syllable"].Value) is not { } syllable || !readings.IsSyllable(syllable))
        {
            return match.Value;
        }

        changes.Add(match.Value, "?");
        return "?";
    }

    private static bool IsLostMark(int value) => value is '?' or '\uFFFD';

    /// <summary>
    /// A single ASCII character between Han characters, as a garbled double-byte character leaves
    /// ("討B(tài)"): the annotation belongs to the character whose byte it is.
    /// </summary>
    private static bool IsStrayByte(string line, int index) =>
        index > 0 && line[index] is > ' ' and < '\u007F' && !char.IsAsciiDigit(line[index])
        && PrecedingCharacter(line, index) is { } before && (CommonHanzi.IsHan(before.Value) || IsLostMark(before.Value));

    private static Rune? PrecedingCharacter(string line, int index) =>
        index > 0 && Rune.DecodeLastFromUtf16(line.AsSpan(0, index), out var rune, out _) == System.Buffers.OperationStatus.Done
            ? rune
            : null;

    private static int? PrecedingHan(string line, int index) =>
        PrecedingCharacter(line, index) is { } rune && CommonHanzi.IsHan(rune.Value) ? rune.Value : null;

    /// <summary>"(qū)", "（qu1）": one run of pinyin letters in ASCII or full-width parentheses.</summary>
    [GeneratedRegex(@"[(（]\s?(?<syllable>[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,7}[1-5]?)\s?[)）]")]
    private static partial Regex Annotation();

    /// <summary>"?qǐng)": a lost character whose "(" was lost with it.</summary>
    [GeneratedRegex(@"\?(?<syllable>[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,7}[1-5]?)[)）]")]
    private static partial Regex OrphanAnnotation();
}
