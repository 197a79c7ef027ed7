using System.Text;
using LongTriangle.Conversion.Cleaning.Pinyin;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Conversion.Cleaning.LostText;

/// <summary>
/// Undoes a garbling seen on sites that pass GBK text through a broken decoder: one double-byte
/// character is lost (shown as "?") and the decoder falls out of step, so the following characters
/// are read from the wrong byte boundary ("75%??苿摦a業" for "75%。科創產業", "確?!兑巹澗V要》" for
/// "確保《規劃綱要》"). The bytes are still there: re-encoding the garbled characters in GBK and
/// decoding them one byte earlier or later recovers the text up to the point where the boundaries
/// meet again. Three ways the step was lost are tried; a byte shown as "?" or a character that
/// decodes to something rare is left as U+FFFD. A lost character one of whose two bytes survived (the
/// trail byte that the out-of-step reader took as a lead, or a lead whose trail shows as "?") is named
/// when one of the characters with that byte makes a clearly common word with its neighbour
/// (<see cref="NeighbourWordChoice"/>: 流 + d3?? gives 流域); two such characters side by side are named
/// together (出 + ??A3 + BF?? gives 海口). Where no character makes a word, a surviving byte that only one
/// clause mark has (A3 is the trail of 。 and of no other) names that mark when a phrase starts after the gap
/// or a figure ends before it. A pair read out of step that decodes to nothing common may hide two
/// characters whose middle bytes the reader dropped: a pair in GBK's user-defined areas (AA–AF, F8–FE
/// leads) decodes to a private-use character, which normalisation removes without a trace; the two are
/// named together when they make one word (CF + dropped pair + 4D gives 消费). Each lost character stays
/// one U+FFFD, so what is counted as lost is characters, not marks.
/// </summary>
public sealed class GbkRealignment(LegacyEncodings encodings, CommonHanzi hanzi, NeighbourWordChoice? words = null, MandarinReadings? readings = null)
{
    /// <summary>
    /// A lost character in the realigned text, with the byte of it that survived; or, when
    /// <paramref name="Split"/>, a pair that decoded to nothing common: <paramref name="Lead"/> may begin one
    /// character and <paramref name="Trail"/> end the next, with a dropped user-defined pair between them.
    /// </summary>
    /// <param name="Reading">The reading the page printed after the lost mark of this character, when it did (see <see cref="PrintedReading"/>).</param>
    private readonly record struct Partial(int Index, byte? Lead, byte? Trail, bool Split = false, PinyinSyllable? Reading = null);

    /// <summary>What a realignment read: its text, and the counts its acceptance is judged on.</summary>
    /// <param name="Before">The score of the garbled characters it replaces (see <see cref="Score"/>).</param>
    /// <param name="FirstByte">The byte a shifted reading skipped: the lost character's trail.</param>
    /// <param name="Lone">A lost mark alone, nothing realigned: taken when nothing better is.</param>
    /// <param name="ThroughMark">A clause mark between two lost marks ("?;?") read as their bytes: the trail of one, the lead of the next.</param>
    private sealed record Reading(int Length, string Text, int Good, int Bad, int Before, List<Partial> Partials, byte? FirstByte = null, bool Lone = false, bool ThroughMark = false);

    /// <summary>A character (or two) named from surviving bytes, and the evidence, for the repair's note.</summary>
    public sealed record Named(string Character, string Evidence);

    /// <summary>How many garbled characters a repair may span before the boundaries must meet.</summary>
    private const int MaximumSpan = 12;

    /// <summary>
    /// Tries to repair the garbling that starts with the lost-character mark at <paramref name="mark"/>.
    /// Returns the number of characters of <paramref name="line"/> (from the mark) replaced and their
    /// replacement, or null when no reading is clearly better than the text as it stands.
    /// </summary>
    public (int Length, string Replacement)? Repair(string line, int mark) =>
        RepairNaming(line, mark) is { } repair ? (repair.Length, repair.Replacement) : null;

    /// <summary>As <see cref="Repair"/>, with the lost characters a surviving byte and a word named.</summary>
    /// <param name="attested">Words the document writes where its text is sound (<see cref="NeighbourWordChoice.WordsOf"/>).</param>
    /// <param name="printed">Readings the page printed after lost marks of the line, by the mark's index (<see cref="PrintedReading"/>).</param>
    /// <param name="damageShown">Whether the document shows this damage elsewhere: then a clause mark between two lost
    /// marks whose bytes can be the two halves of Han characters is read as part of the loss ("?;?").</param>
    /// <returns>Also how many characters stay lost in the replacement, not counting lost punctuation marks, and the
    /// bytes of a clause mark read as part of the loss ("A3 BB"), or null.</returns>
    public (int Length, string Replacement, IReadOnlyList<Named> Named, int LostCharacters, string? MarkBytes)? RepairNaming(string line, int mark, IReadOnlySet<string>? attested = null,
        IReadOnlyDictionary<int, PinyinSyllable>? printed = null, bool damageShown = false)
    {
        var tail = mark + 1;
        if (tail >= line.Length)
        {
            return null;
        }

        var candidates = new List<Reading>();
        var next = line[tail];
        if (next is >= '!' and <= '~')
        {
            // The byte after the lost character had its high bit cleared and shows as ASCII. Or, the same
            // bytes read another way, it is full-width punctuation (！ A3A1, ； A3BB) that Unicode
            // normalisation folded to ASCII: then its lead byte A3 was the lost character's trail byte.
            if (Realign(line, tail + 1, [(byte)(next | 0x80)], skip: 0, printed) is { } stripped)
            {
                var partials = Shift(stripped.Partials, 1);
                if (IsFoldedFullWidth(next)) partials.Insert(0, new Partial(0, null, FullWidthLead));
                candidates.Add(stripped with
                {
                    Length = stripped.Length + 2, Text = "\uFFFD" + stripped.Text, Partials = partials,
                    ThroughMark = damageShown && ThroughMark(line, tail, stripped),
                });
            }

            // Or the ASCII character is the trail byte of the lost character itself.
            if (next is >= '@' and <= '~')
            {
                candidates.Add(new Reading(2, "\uFFFD", 0, 0, 0, [new Partial(0, null, (byte)next)], Lone: true));
            }
        }
        else if (CommonHanzi.IsHan(next) && Realign(line, tail, [], skip: 1, printed) is { } shifted)
        {
            // The lost character's trail byte became the lead byte of the next one.
            var partials = Shift(shifted.Partials, 1);
            if (shifted.FirstByte is { } trail) partials.Insert(0, new Partial(0, null, trail));
            candidates.Add(shifted with { Length = shifted.Length + 1, Text = "\uFFFD" + shifted.Text, Partials = partials });
        }

        var accepted = new List<(int Length, string Text, int Gain, List<Named> Named, int LostCharacters, string? MarkBytes)>();
        foreach (var candidate in candidates)
        {
            var (text, named, gained) = NameFromSurvivingBytes(candidate.Text, candidate.Partials, line[..mark], line[(mark + candidate.Length)..], attested);
            var good = candidate.Good + gained.Characters;
            var bad = candidate.Bad - gained.Splits;
            var gain = candidate.Lone ? 0 : good - bad - candidate.Before;
            // Accept only a clear gain: better than the garbled characters it replaces, and not itself a
            // scatter of rare characters and symbols. A lone lost mark (nothing realigned) is always taken.
            // A clause mark read as the bytes of a lost run is taken though it names nothing: the mark may never have been there.
            if (candidate.Lone || candidate.ThroughMark || gain > 0 && good >= 1 && (bad <= 1 || bad * 3 <= good))
            {
                var markBytes = candidate.ThroughMark ? Convert.ToHexString(encodings.Gbk.GetBytes(FullWidth(line[tail]).ToString())).Insert(2, " ") : null;
                accepted.Add((candidate.Length, text, gain, named, text.Count(c => c == '\uFFFD') - gained.LostMarks, markBytes));
            }
        }

        if (accepted.Count == 0)
        {
            return null;
        }

        var best = accepted.OrderByDescending(c => c.Gain).ThenBy(c => c.Length).First();
        return (best.Length, best.Text, best.Named, best.LostCharacters, best.MarkBytes);
    }

    /// <summary>
    /// "確?:?運": a full-width clause mark, folded to ASCII, stands alone between two lost marks, and its two bytes
    /// can be the trail of a Han character and the lead of another (： is A3 BA; A3 ends 保, BA leads 航): read in step, the
    /// page would have lost two characters either side of a mark that ends a clause after one; read out of step,
    /// one damaged run explains the three. Either way two characters are lost, so the loss counts two; but the mark
    /// may never have been the text's, so it is not published as such: it is part of the loss. A mark whose second
    /// byte leads no common Han character (！ A3 A1: A1 leads only marks) cannot be such bytes and stays.
    /// </summary>
    private bool ThroughMark(string line, int at, Reading stripped) =>
        IsFoldedFullWidth(line[at]) && line[at] != '?' && stripped.Length == 1 && line[at + 1] == '?'
        && stripped.Partials is [{ Lead: { } lead, Trail: null, Split: false }] && Characters(lead: lead).Any(hanzi.IsCommon);

    /// <summary>GBK's lead byte for the full-width forms of ASCII (！ is A3 A1 … ～ is A3 FE).</summary>
    private const byte FullWidthLead = 0xA3;

    /// <summary>ASCII punctuation, which a page's normalisation may have folded from its full-width form.</summary>
    private static bool IsFoldedFullWidth(char c) => c is >= '!' and <= '~' && !char.IsAsciiLetterOrDigit(c);

    /// <summary>The full-width form an ASCII character was folded from (; from ；).</summary>
    private static char FullWidth(char c) => (char)(c - '!' + '！');

    private static List<Partial> Shift(List<Partial> partials, int by) => [.. partials.Select(p => p with { Index = p.Index + by })];

    /// <summary>
    /// Each lost character with a surviving byte, named where a word decides it: two side by side (or the two a
    /// split pair may hide) together first, then each alone, then the one clause mark its byte allows. Returns
    /// the text, what was named, and how many characters were named and split pairs resolved.
    /// </summary>
    private (string Text, List<Named> Named, (int Characters, int Splits, int LostMarks) Gained) NameFromSurvivingBytes(string text, List<Partial> partials, string lineBefore, string lineAfter, IReadOnlySet<string>? attested)
    {
        var named = new List<Named>();
        if (words is null || partials.Count == 0)
        {
            return (text, named, (0, 0, LostMarks(partials, text.Select(c => c.ToString()).ToArray())));
        }

        // One piece per character of the realigned text, so that a split pair can become two characters.
        var pieces = text.Select(c => c.ToString()).ToArray();
        var byIndex = partials.Where(p => p.Index < pieces.Length).GroupBy(p => p.Index).ToDictionary(g => g.Key, g => g.First());
        var characters = 0;
        var splits = 0;
        string Before(int at) => Han(lineBefore + string.Concat(pieces[..at]), fromEnd: true);
        string After(int at) => Han(string.Concat(pieces[(at + 1)..]) + lineAfter, fromEnd: false);
        bool Lost(int at) => pieces[at] == "\uFFFD";

        // Pairs first: a split pair, or two lost characters side by side, each with a surviving byte.
        foreach (var (at, partial) in byIndex.OrderBy(p => p.Key))
        {
            if (!Lost(at))
            {
                continue;
            }

            if (partial.Split)
            {
                var first = Characters(lead: partial.Lead, trails: DroppedPairLeads);
                var second = Characters(leads: DroppedPairTrails, trail: partial.Trail);
                if (words.ChoosePair(first, second, Before(at), After(at)) is { } pair)
                {
                    pieces[at] = char.ConvertFromUtf32(pair.First) + char.ConvertFromUtf32(pair.Second);
                    named.Add(new Named(pieces[at], $"the bytes either side of a dropped user-defined pair ({partial.Lead:X2}…{partial.Trail:X2}) and the word {pair.Words}"));
                    characters += 2;
                    splits++;
                }
            }
            else if (byIndex.TryGetValue(at + 1, out var following) && !following.Split && Lost(at + 1))
            {
                if (words.ChoosePair(Characters(partial), Characters(following), Before(at), After(at + 1)) is { } pair)
                {
                    pieces[at] = char.ConvertFromUtf32(pair.First);
                    pieces[at + 1] = char.ConvertFromUtf32(pair.Second);
                    named.Add(new Named(pieces[at] + pieces[at + 1], $"their surviving bytes and the words {pair.Words}"));
                    characters += 2;
                }
            }
        }

        foreach (var (at, partial) in byIndex.OrderBy(p => p.Key))
        {
            if (!Lost(at) || partial.Split)
            {
                continue;
            }

            var before = Before(at);
            var after = After(at);
            if (partial.Reading is { } printedReading && readings is not null && Characters(partial).Distinct().ToArray() is [var only])
            {
                // The only character with that byte and that reading: the two pieces of evidence decide together.
                pieces[at] = char.ConvertFromUtf32(only);
                named.Add(new Named(pieces[at], $"its surviving byte {partial.Lead ?? partial.Trail:X2} and the reading {Shown(printedReading)} printed after it"));
                characters++;
            }
            else if (words.Choose(Characters(partial), before, after, provenHan: partial.Reading is not null && readings is not null, attested) is { } choice)
            {
                pieces[at] = char.ConvertFromUtf32(choice.Character);
                var reading = partial.Reading is { } r && readings is not null ? $", the reading {Shown(r)} printed after it" : "";
                named.Add(new Named(pieces[at], $"its surviving byte{reading} and the word {choice.Word}"));
                characters++;
            }
            else if (ClauseMark(partial) is { } mark && PhraseBoundary(lineBefore + string.Concat(pieces[..at]), after))
            {
                pieces[at] = mark.ToString();
                named.Add(new Named(pieces[at], $"its surviving byte {partial.Lead ?? partial.Trail:X2}, which of the clause marks only {mark} has, at a phrase boundary"));
                characters++;
            }
        }

        return (string.Concat(pieces), named, (characters, splits, LostMarks(partials, pieces)));
    }

    /// <summary>A reading as a note shows it: letters and tone number (dong4).</summary>
    private static string Shown(PinyinSyllable reading) =>
        reading.Tone > 0 ? reading.Letters + reading.Tone.ToString(System.Globalization.CultureInfo.InvariantCulture) : reading.Letters;

    /// <summary>Lost characters whose surviving lead byte begins a punctuation mark: lost marks, not lost characters.</summary>
    private static int LostMarks(List<Partial> partials, string[] pieces) =>
        partials.Count(p => !p.Split && p.Lead is { } lead && IsPunctuationRow(lead) && p.Index < pieces.Length && pieces[p.Index] == "\uFFFD");

    /// <summary>The Han characters right before (or after) a place, up to the next non-Han character.</summary>
    private static string Han(string text, bool fromEnd) => fromEnd
        ? new string([.. text.Reverse().TakeWhile(c => CommonHanzi.IsHan(c)).Reverse()])
        : new string([.. text.TakeWhile(c => CommonHanzi.IsHan(c))]);

    /// <summary>
    /// A lost clause mark leaves a phrase ending before it and one starting after it: a figure (75%) ends one,
    /// a common word (控制) starts one.
    /// </summary>
    private bool PhraseBoundary(string before, string after) =>
        words is not null && (words.StartsWithWord(after) || (before.Length > 0 && (char.IsAsciiDigit(before[^1]) || before[^1] == '%') && after.Length > 0));

    /// <summary>The marks that end a clause or phrase in Chinese prose; others (＃, ǎ) share their bytes but never stand there.</summary>
    private const string ClauseMarks = "。，、；：";

    /// <summary>The one clause mark the surviving byte allows, or null when none or several do.</summary>
    private char? ClauseMark(Partial partial)
    {
        var marks = ClauseMarks.Where(mark => encodings.Gbk.GetBytes(mark.ToString()) is [var lead, var trail]
            && (partial.Lead is not { } l || l == lead) && (partial.Trail is not { } t || t == trail)).ToArray();
        return marks.Length == 1 ? marks[0] : null;
    }

    /// <summary>The first bytes of GBK's user-defined pairs (AAA1–AFFE, F8A1–FEFE), which decode to private-use characters.</summary>
    private static readonly byte[] DroppedPairLeads = [.. Enumerable.Range(0xAA, 6).Concat(Enumerable.Range(0xF8, 7)).Select(b => (byte)b)];

    /// <summary>The second bytes of GBK's user-defined pairs.</summary>
    private static readonly byte[] DroppedPairTrails = [.. Enumerable.Range(0xA1, 0xFE - 0xA1 + 1).Select(b => (byte)b)];

    /// <summary>The Han characters with the partial's bytes and, when the page printed one, its reading.</summary>
    private IEnumerable<int> Characters(Partial partial) =>
        Characters(lead: partial.Lead, trail: partial.Trail).Where(c => partial.Reading is not { } reading || readings is null || readings.CanRead(c, reading));

    /// <summary>The Han characters GBK encodes with these bytes (a known byte, or one of a set; any when neither).</summary>
    private IEnumerable<int> Characters(byte? lead = null, byte? trail = null, byte[]? leads = null, byte[]? trails = null)
    {
        var pair = new byte[2];
        for (var l = 0x81; l <= 0xFE; l++)
        {
            if ((lead is { } knownLead && l != knownLead) || (leads is not null && !leads.Contains((byte)l))) continue;
            for (var t = 0x40; t <= 0xFE; t++)
            {
                if (t == 0x7F || (trail is { } knownTrail && t != knownTrail) || (trails is not null && !trails.Contains((byte)t))) continue;
                pair[0] = (byte)l;
                pair[1] = (byte)t;
                if (LegacyEncodings.TryDecode(encodings.Gbk, pair) is { Length: 1 } s && CommonHanzi.IsHan(s[0]))
                {
                    yield return s[0];
                }
            }
        }
    }

    /// <summary>
    /// Re-encodes the characters from <paramref name="start"/>, puts <paramref name="prefix"/> before
    /// them (or drops <paramref name="skip"/> bytes), decodes until a character ends where a garbled
    /// character ends, and scores the result: recovered common characters minus the rare ones replaced.
    /// </summary>
    private Reading? Realign(string line, int start, byte[] prefix, int skip, IReadOnlyDictionary<int, PinyinSyllable>? printed)
    {
        var partials = new List<Partial>();
        var bytes = new List<byte>(prefix);
        var origins = new List<int>(prefix.Select(_ => -1)); // the line index each byte came from
        var boundaries = new List<int>(); // byte offset (in bytes) after each garbled character
        var originalScores = new List<int>();
        var count = 0;
        for (var i = start; i < line.Length && count < MaximumSpan; i++, count++)
        {
            var c = line[i];
            if (char.IsSurrogate(c) || c == '\uFFFD')
            {
                break;
            }

            byte[] encoded;
            try
            {
                encoded = c == '?' ? [(byte)'?'] : encodings.Gbk.GetBytes(c.ToString());
            }
            catch (EncoderFallbackException)
            {
                break;
            }

            bytes.AddRange(encoded);
            origins.AddRange(encoded.Select(_ => i));
            boundaries.Add(bytes.Count);
            originalScores.Add(Score(c));
        }

        var output = new StringBuilder();
        var position = skip;
        var good = 0;
        var bad = 0;
        while (position < bytes.Count)
        {
            var b = bytes[position];
            int length = b < 0x80 ? 1 : 2;
            if (position + length > bytes.Count)
            {
                return null;
            }

            if (length == 2 && DanglingLeadAt(position, bytes, boundaries) is { } end)
            {
                // The garbled run ends one byte into a character: its lead survived, its trail was lost with
                // what followed (啤 is C6 A1: 科's trail and the lead of a mark whose trail is gone).
                partials.Add(new Partial(output.Length, b, null));
                output.Append('\uFFFD');
                if (!IsPunctuationRow(b)) bad++;
                var used = end + 1;
                return new Reading(used, output.ToString(), good, bad, originalScores.Take(used).Sum(), partials, skip > 0 && bytes.Count > 0 ? bytes[0] : null);
            }

            string decoded;
            if (length == 1)
            {
                decoded = b == '?' ? "\uFFFD" : ((char)b).ToString();
            }
            else
            {
                var pair = new[] { b, bytes[position + 1] };
                if (pair[1] == '?' && pair[0] != '?')
                {
                    // The trail byte is lost; the lead survived, and the page may have printed the reading after the "?".
                    var reading = printed is not null && printed.TryGetValue(origins[position + 1], out var r) ? r : (PinyinSyllable?)null;
                    partials.Add(new Partial(output.Length, pair[0], null, Reading: reading));
                }

                decoded = pair[1] == '?' ? "\uFFFD" : LegacyEncodings.TryDecode(encodings.Gbk, pair) ?? "\uFFFD";
                var common = decoded.Length == 1 && CommonHanzi.IsHan(decoded[0]) && hanzi.IsCommon(decoded[0]);
                if (!common && pair[0] != '?' && pair[1] is not (byte)'?' and >= 0x40)
                {
                    // Nothing common: perhaps two characters whose middle bytes were dropped.
                    partials.Add(new Partial(output.Length, pair[0], pair[1], Split: true));
                }
            }

            if (decoded.Length == 1 && CommonHanzi.IsHan(decoded[0]))
            {
                if (hanzi.IsCommon(decoded[0]))
                {
                    good++;
                }
                else
                {
                    decoded = "\uFFFD";
                }
            }

            if (decoded.Length != 1 || Score(decoded[0]) < 0)
            {
                bad++;
            }

            output.Append(decoded);
            position += length;
            var index = boundaries.IndexOf(position);
            if (index >= 0)
            {
                // The boundaries meet: from here on the garbled text was read correctly. Whether the reading
                // is a gain is judged once the lost characters in it have been named.
                var used = index + 1;
                return new Reading(used, output.ToString(), good, bad, originalScores.Take(used).Sum(), partials, skip > 0 && bytes.Count > 0 ? bytes[0] : null);
            }
        }

        return null;
    }

    /// <summary>
    /// Where a lead byte stands alone at the end of a garbled character, and reading it with the lead byte of the
    /// next character would give a symbol no Chinese sentence has (A1 D3: ∽), the run ends there: the index of
    /// that garbled character, or null. A "?" or an ASCII byte after it, or a rare Han character, is left to the
    /// readings that know those (a lost trail, a dropped user-defined pair).
    /// </summary>
    private int? DanglingLeadAt(int position, List<byte> bytes, List<int> boundaries)
    {
        var end = boundaries.IndexOf(position + 1);
        if (end < 0 || bytes[position] < 0x81 || position + 1 >= bytes.Count || bytes[position + 1] < 0x81)
        {
            return null;
        }

        var straddling = LegacyEncodings.TryDecode(encodings.Gbk, [bytes[position], bytes[position + 1]]);
        return straddling is { Length: 1 } s && (CommonHanzi.IsHan(s[0]) || Score(s[0]) >= 0) ? null : end;
    }

    /// <summary>
    /// GBK's row A1 holds the Chinese punctuation marks (、。“”《》…) and row A3 the full-width forms (，；：！ and
    /// full-width letters and digits): a lead byte there begins a mark, not a Han character.
    /// </summary>
    private static bool IsPunctuationRow(byte lead) => lead is 0xA1 or FullWidthLead;

    /// <summary>+1 for a common Han character, 0 for Chinese punctuation and digits, −1 for anything a
    /// garbling leaves inside Chinese text: rare characters, Latin letters, stray symbols.</summary>
    private int Score(char c)
    {
        if (CommonHanzi.IsHan(c))
        {
            return hanzi.IsCommon(c) ? 1 : -1;
        }

        return char.IsAsciiDigit(c) || "、。，；：《》“”（）！？,;:".Contains(c) ? 0 : -1;
    }
}
