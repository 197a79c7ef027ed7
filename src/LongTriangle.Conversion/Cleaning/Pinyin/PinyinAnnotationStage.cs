using System.Text;
using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Conversion.Cleaning.Pinyin;

/// <summary>
/// Removes pinyin that some sites put after characters and words, "區(qū)域(yù)" → "區域",
/// "统筹兼顾(jiān gù)" → "统筹兼顾", "蚌埠(Bèngbù)" → "蚌埠": a parenthesis (ASCII or full-width) that holds
/// only pinyin syllables whose syllables are, in order, readings of the Han characters right before it.
/// Syllables may be separated by spaces or apostrophes or run together; run-together syllables are split
/// by the readings of those characters, never by guessing where a syllable ends. An annotation of more
/// than one character, or one not written in lower case, must show a tone (mark or number): plain
/// romanisation such as "浦东(Pudong)" is a gloss the authority may have written.
/// Once a document has shown <see cref="PatternThreshold"/> confirmed annotations, a single lower-case
/// syllable is also removed when its reading is one Unihan does not list, after a lost character
/// ("?(qǐng)", or "?qǐng)" where the "(" was lost too) and after a stray byte of a garbled character ("討B(tài)").
/// A lost character whose reading the page printed ("?(shù)字") is named from that reading and the word it
/// makes with its neighbour (<see cref="LostCharacterByReading"/>), recorded as <c>lost-character-recovered</c>;
/// two such marks in a row whose first reading names nothing there ("?jī)?yōu)化") are the two bytes of one
/// character the page split with a stray annotation, named by the second reading. A reading that names nothing
/// alone is kept as evidence (<see cref="WorkingText.LostReadings"/>) for the realigning stage, where the byte
/// of the character that survived may name it with the reading (電 + 84 + dòng: 動).
/// Real parentheses stay: their content is not pinyin read by the characters before it
/// ("（以下簡稱長三角）", "(G60)", "(Expo)"). One repair per changed line lists the annotations removed.
/// </summary>
public sealed partial class PinyinAnnotationStage(MandarinReadings readings, LostCharacterByReading? lostCharacters = null) : ICleaningStage
{
    /// <summary>Confirmed annotations after which a document counts as annotated throughout.</summary>
    public const int PatternThreshold = 3;

    /// <summary>The longest word one annotation covers: idioms and names are rarely longer.</summary>
    private const int MaxWordLength = 8;

    /// <summary>The longest syllable, tone number included ("zhuang4", "shuang1").</summary>
    private const int MaxSyllableLength = 7;

    public WorkingText Apply(WorkingText text)
    {
        var confirmed = text.Lines.Sum(l => Annotation().Matches(l.Text).Count(m => AnnotatedWord(l.Text, m) is not null));
        var annotated = confirmed >= PatternThreshold;
        var lines = new List<SourceLine>(text.Lines.Length);
        var repairs = new List<Repair>();
        var heldReadings = new List<PrintedReading>();
        foreach (var line in text.Lines)
        {
            var changes = new LineChanges();
            var held = new List<PinyinSyllable>();
            // Orphans first: "?yún)^(qū)" only shows the stray byte "^" once "?yún)" is "?".
            var recovered = new LineChanges();
            // A character split by a stray annotation first: "?jī)?yōu)" is one character, not two.
            var joined = annotated ? SplitByStrayReading().Replace(line.Text, m => RecoverSplit(line.Text, m, recovered) ?? m.Value) : line.Text;
            var withoutOrphans = annotated ? OrphanAnnotation().Replace(joined, m => Recover(joined, m, recovered) ?? RemoveOrphan(m, changes, held)) : joined;
            if (annotated)
            {
                var withStrayTrail = withoutOrphans;
                withoutOrphans = LostLeadWithStrayTrail().Replace(withStrayTrail, m => RecoverByTrailByte(withStrayTrail, m, recovered) ?? m.Value);
                var withReadings = withoutOrphans;
                withoutOrphans = LostWithReading().Replace(withReadings, m => Recover(withReadings, m, recovered) ?? m.Value);
            }

            // A dictionary-style note of every reading (地(dì / de), 一(yī / yì /yí)) goes when each is a reading of the character.
            var withoutAlternatives = AlternativeReadings().Replace(withoutOrphans, m => RemoveAlternatives(withoutOrphans, m, changes));
            var cleaned = Annotation().Replace(withoutAlternatives, m => Remove(withoutAlternatives, m, annotated, changes));

            cleaned = ReleaseHeldMarks(cleaned, line.Number, held, heldReadings);
            lines.Add(line with { Text = cleaned });
            if (changes.ToRepair(RepairKind.PinyinRemoved, line.Number) is { } repair)
            {
                repairs.Add(repair);
            }

            if (recovered.ToRepair(RepairKind.LostCharacterRecovered, line.Number, "named by the reading the page printed after it and, in brackets, the word it makes with its neighbour (数字), or its reading and the GBK byte of it that survived (qu/5E), or the word and the stray reading printed between its two bytes (优化+jī)") is { } recovery)
            {
                repairs.Add(recovery);
            }
        }

        return text.WithLines(lines).AddRepairs(repairs) with { LostReadings = [.. heldReadings] };
    }

    /// <summary>
    /// A lost mark whose reading named nothing here stands, while the line is cleaned, as a noncharacter that
    /// numbers its reading (the later rules treat it as a lost mark); at the end it becomes "?" again and its
    /// reading is kept, with its position, for the realigning stage: the byte of it that survived may name it.
    /// </summary>
    private static string ReleaseHeldMarks(string cleaned, int lineNumber, List<PinyinSyllable> held, List<PrintedReading> heldReadings)
    {
        if (held.Count == 0)
        {
            return cleaned;
        }

        var released = cleaned.ToCharArray();
        for (var i = 0; i < released.Length; i++)
        {
            if (released[i] is >= FirstHeldMark and <= LastHeldMark)
            {
                heldReadings.Add(new PrintedReading(lineNumber, i, held[released[i] - FirstHeldMark]));
                released[i] = '?';
            }
        }

        return new string(released);
    }

    /// <summary>Unicode's noncharacters U+FDD0–U+FDEF, for internal use: never in a page, so never confused with its text.</summary>
    private const char FirstHeldMark = '\uFDD0';

    private const char LastHeldMark = '\uFDEF';

    /// <summary>The text as the page showed it: a held mark is the "?" it stands for.</summary>
    private static string Shown(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = source[i] is >= FirstHeldMark and <= LastHeldMark ? '?' : source[i];
        });

    private string RemoveAlternatives(string line, Match match, LineChanges changes)
    {
        if (match.Index == 0 || !char.IsBetween(line[match.Index - 1], '\u4E00', '\u9FFF')) return match.Value;
        var character = (int)line[match.Index - 1];
        var all = match.Groups["alts"].Value.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var readAll = all.All(a => PinyinSyllable.Parse(a) is { } syllable && readings.IsSyllable(syllable) && readings.CanRead(character, syllable));
        if (!readAll) return match.Value;
        changes.Add(line[match.Index - 1] + match.Value, line[match.Index - 1].ToString());
        return "";
    }

    private string Remove(string line, Match match, bool annotated, LineChanges changes)
    {
        if (AnnotatedWord(line, match) is { } word)
        {
            changes.Add(word + match.Value, word);
            return "";
        }

        // The looser rules of an annotated document only ever applied to one lower-case syllable, as the
        // sites write it; "(AI)" or "(Expo)" after a character is English even in such a document.
        var pinyin = match.Groups["pinyin"].Value;
        var previous = PrecedingCharacter(line, match.Index);
        if (!annotated || previous is null || !IsLowerCaseSyllable(pinyin))
        {
            return match.Value;
        }

        var value = previous.Value.Value;
        var remove = CommonHanzi.IsHan(value) || IsLostMark(value) || IsStrayByte(line, match.Index - 1);
        if (!remove)
        {
            return match.Value;
        }

        changes.Add(Shown(previous.Value + match.Value), Shown(previous.Value.ToString()));
        return "";
    }

    /// <summary>
    /// The Han characters right before the parenthesis that its pinyin reads, one syllable each, or null
    /// when the parenthesis is not an annotation of them.
    /// </summary>
    private string? AnnotatedWord(string line, Match match)
    {
        var pinyin = match.Groups["pinyin"].Value;
        var toneShown = pinyin.Any(IsToneMarkOrNumber);
        if (!toneShown && !IsLowerCaseSyllable(pinyin))
        {
            return null;
        }

        var before = PrecedingHan(line, match.Index);
        for (var length = 1; length <= before.Count; length++)
        {
            if (length > 1 && !toneShown)
            {
                break;
            }

            var characters = before.Take(length).Reverse().ToArray();
            if (Reads(pinyin, characters, 0))
            {
                return string.Concat(characters.Select(c => char.ConvertFromUtf32(c)));
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the pinyin is exactly one syllable per character, each a reading of its character. Each
    /// possible syllable is tried against the character's readings, so "bèngbù" splits as 蚌 bèng + 埠 bù.
    /// </summary>
    private bool Reads(string pinyin, int[] characters, int next)
    {
        if (next == characters.Length)
        {
            return pinyin.Length == 0;
        }

        if (next > 0 && pinyin.Length > 0 && IsSeparator(pinyin[0]))
        {
            pinyin = pinyin[1..];
        }

        for (var length = Math.Min(MaxSyllableLength, pinyin.Length); length >= 1; length--)
        {
            if (PinyinSyllable.Parse(pinyin[..length]) is { } syllable
                && readings.IsSyllable(syllable)
                && readings.CanRead(characters[next], syllable)
                && Reads(pinyin[length..], characters, next + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lost character the reading and its neighbour name, or null when they do not decide.</summary>
    private string? Recover(string line, Match match, LineChanges recovered)
    {
        if (lostCharacters is null || PinyinSyllable.Parse(match.Groups["syllable"].Value) is not { } syllable || !readings.IsSyllable(syllable))
        {
            return null;
        }

        var before = string.Concat(PrecedingHan(line, match.Index).AsEnumerable().Reverse().Select(char.ConvertFromUtf32));
        var after = string.Concat(line[(match.Index + match.Length)..].EnumerateRunes().TakeWhile(r => CommonHanzi.IsHan(r.Value)).Take(MaxWordLength).Select(r => r.ToString()));
        if (lostCharacters.Choose(syllable, before, after) is not { } choice)
        {
            return null;
        }

        recovered.Add(Shown(match.Value), choice.Character + "（" + choice.Word + "）");
        return choice.Character;
    }

    /// <summary>
    /// "?jī)?yōu)化": the page inserted an annotation between the two bytes of a GBK character, so each byte,
    /// followed by a "(" it cannot pair with, was lost as "?" (the "(" with it), and the reading before the
    /// first belongs to no character there. The pair is one lost character when the second reading names a
    /// character with its neighbours and the first, where it stands, names none: otherwise it stays two marks.
    /// </summary>
    private string? RecoverSplit(string line, Match match, LineChanges recovered)
    {
        if (lostCharacters is null
            || PinyinSyllable.Parse(match.Groups["stray"].Value) is not { } stray || !readings.IsSyllable(stray)
            || PinyinSyllable.Parse(match.Groups["syllable"].Value) is not { } syllable || !readings.IsSyllable(syllable))
        {
            return null;
        }

        var before = string.Concat(PrecedingHan(line, match.Index).AsEnumerable().Reverse().Select(char.ConvertFromUtf32));
        var after = string.Concat(line[(match.Index + match.Length)..].EnumerateRunes().TakeWhile(r => CommonHanzi.IsHan(r.Value)).Take(MaxWordLength).Select(r => r.ToString()));
        // The first reading is judged where it stands, before another lost mark, as a lone lost character would be.
        if (lostCharacters.Choose(stray, before, "") is not null || lostCharacters.Choose(syllable, before, after) is not { } choice)
        {
            return null;
        }

        // No spaces in the evidence: a repair lists its changes separated by spaces.
        recovered.Add(match.Value, choice.Character + "（" + choice.Word + "+" + match.Groups["stray"].Value + "）");
        return choice.Character;
    }

    /// <summary>
    /// "?^(qū)": a GBK character whose lead byte was lost ("?") and whose trail byte survived as ASCII, with the
    /// reading the page printed after it; the reading and the byte together name it (區 is 85 5E).
    /// </summary>
    private string? RecoverByTrailByte(string line, Match match, LineChanges recovered)
    {
        if (lostCharacters is null || PinyinSyllable.Parse(match.Groups["syllable"].Value) is not { } syllable || !readings.IsSyllable(syllable))
        {
            return null;
        }

        var before = string.Concat(PrecedingHan(line, match.Index).AsEnumerable().Reverse().Select(char.ConvertFromUtf32));
        var after = string.Concat(line[(match.Index + match.Length)..].EnumerateRunes().TakeWhile(r => CommonHanzi.IsHan(r.Value)).Take(MaxWordLength).Select(r => r.ToString()));
        if (lostCharacters.ChooseByTrailByte(syllable, (byte)match.Groups["byte"].Value[0], before, after) is not { } choice)
        {
            return null;
        }

        recovered.Add(Shown(match.Value), choice.Character + "（" + choice.Evidence + "）");
        return choice.Character;
    }

    private string RemoveOrphan(Match match, LineChanges changes, List<PinyinSyllable> held)
    {
        if (PinyinSyllable.Parse(match.Groups["syllable"].Value) is not { } syllable || !readings.IsSyllable(syllable))
        {
            return match.Value;
        }

        changes.Add(match.Value, "?");
        if (held.Count > LastHeldMark - FirstHeldMark)
        {
            return "?";
        }

        held.Add(syllable);
        return ((char)(FirstHeldMark + held.Count - 1)).ToString();
    }

    private bool IsLowerCaseSyllable(string pinyin) =>
        !pinyin.Any(char.IsUpper) && PinyinSyllable.Parse(pinyin) is { } syllable && readings.IsSyllable(syllable);

    private static bool IsToneMarkOrNumber(char c) => c is >= '1' and <= '5' || PinyinSyllable.IsToneMark(c);

    private static bool IsSeparator(char c) => c is ' ' or '\'' or '’';

    private static bool IsLostMark(int value) => value is '?' or '\uFFFD' or >= FirstHeldMark and <= LastHeldMark;

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

    /// <summary>Up to <see cref="MaxWordLength"/> Han characters before the index, nearest first.</summary>
    private static List<int> PrecedingHan(string line, int index)
    {
        var found = new List<int>(MaxWordLength);
        while (found.Count < MaxWordLength && PrecedingCharacter(line, index) is { } rune && CommonHanzi.IsHan(rune.Value))
        {
            found.Add(rune.Value);
            index -= rune.Utf16SequenceLength;
        }

        return found;
    }

    /// <summary>
    /// "(qū)", "（qu1）", "(jiān gù)", "(Bèngbù)", "(Xī'ān)": runs of pinyin letters, each perhaps with a tone
    /// number, separated by a space or apostrophe or not at all, in ASCII or full-width parentheses.
    /// </summary>
    /// <remarks>Each character can be read one way only, so a long parenthesis that is not pinyin fails fast.</remarks>
    [GeneratedRegex(@"[(（]\s?(?<pinyin>[a-zA-ZāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜÊŃŇǸḾ](?:[a-zA-ZāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜÊŃŇǸḾ1-5]|[ '’](?=[a-zA-ZāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜÊŃŇǸḾ])){0,59})\s?[)）]")]
    private static partial Regex Annotation();

    /// <summary>"?(shù)": a lost character and the one lower-case syllable printed as its reading.</summary>
    [GeneratedRegex(@"[?\uFFFD\uFDD0-\uFDEF][(（](?<syllable>[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,7}[1-5]?)[)）]")]
    private static partial Regex LostWithReading();

    /// <summary>"?^(qū)": a lost lead byte, the trail byte that survived as ASCII (GBK trails 40–7E), and the reading.</summary>
    [GeneratedRegex(@"[?\uFFFD\uFDD0-\uFDEF](?<byte>[@-~])[(（](?<syllable>[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,7}[1-5]?)[)）]")]
    private static partial Regex LostLeadWithStrayTrail();

    /// <summary>"?jī)?yōu)": two lost marks, each with a reading, the "(" of the first lost (see <see cref="RecoverSplit"/>).</summary>
    [GeneratedRegex(@"\?(?<stray>[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,7}[1-5]?)[)）][?\uFFFD][(（]?(?<syllable>[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,7}[1-5]?)[)）]")]
    private static partial Regex SplitByStrayReading();

    /// <summary>"?qǐng)": a lost character whose "(" was lost with it.</summary>
    [GeneratedRegex(@"\?(?<syllable>[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,7}[1-5]?)[)）]")]
    private static partial Regex OrphanAnnotation();

    [GeneratedRegex(@"[(（]\s?(?<alts>[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}(?:\s?/\s?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7})+)\s?[)）]")]
    private static partial Regex AlternativeReadings();
}
