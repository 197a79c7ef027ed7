using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Layout;

/// <summary>
/// Rejoins a paragraph that a print or column break split in two: a prose line that stops mid-sentence
/// is joined with the next non-blank line when that line continues it. Headings, titles and other short
/// lines without prose punctuation are never joined. A character (or two) repeated on both sides of the
/// break (……理念 / 念、……) is kept once when the document never repeats it that way elsewhere.
/// </summary>
public sealed class LineRejoinStage : ICleaningStage
{
    /// <summary>Characters Chinese doubles on purpose (人人, 年年, 层层): never taken for a break artefact.</summary>
    private const string Reduplicated = "人个天年月日家处层步时事样常多点滴条件片户村时刻句字代座世区项级";

    /// <summary>Continuation punctuation: a line starting with one of these cannot start a paragraph.</summary>
    private const string ContinuationStarts = "，,、。；;：:）)”’」』》";

    /// <summary>What a line cannot end a paragraph with: a pause inside a sentence, or an opening bracket or quote.</summary>
    private const string OpenEnds = "，,、“‘（(《〈「『【";

    private const int SnippetLength = 12;

    public WorkingText Apply(WorkingText text)
    {
        // A text that does not end its paragraphs with punctuation (a copy that lost it) gives no evidence
        // of where a paragraph breaks off; joining there would run whole paragraphs together. Breaks the
        // lines prove themselves (a line ending on a comma, one starting with one) are mended all the same.
        var marksEnds = MarksParagraphEnds(text);
        var blankEndsParagraph = text.Facts.BlankLinesEndParagraphs || BlankLinesSeparateParagraphs(text);
        var documentText = string.Join("\n", text.Lines.Select(l => l.Text));
        var output = new List<SourceLine>(text.Lines.Length);
        var repairs = new List<Repair>();
        var lines = text.Lines;

        var i = 0;
        while (i < lines.Length)
        {
            var current = lines[i];
            var next = i + 1;
            while (true)
            {
                var j = next;
                while (j < lines.Length && string.IsNullOrWhiteSpace(lines[j].Text))
                {
                    j++;
                }

                if (j >= lines.Length
                    || (blankEndsParagraph && j > next)
                    || IsTableRow(current.Text) || IsTableRow(lines[j].Text)
                    || !(marksEnds ? Continues(current.Text, lines[j].Text) : CertainlyContinues(current.Text, lines[j].Text)))
                {
                    break;
                }

                var head = current.Text.TrimEnd();
                var tail = lines[j].Text.TrimStart();
                var doubled = DoubledAcrossBreak(head, tail, documentText);
                if (doubled > 0)
                {
                    repairs.Add(new Repair(RepairKind.DoubledCharacterRemoved, lines[j].Number,
                        tail[..doubled], "", $"repeated on both sides of the break after seed line {current.Number}"));
                    tail = tail[doubled..];
                }

                repairs.Add(new Repair(RepairKind.LineRejoined, current.Number,
                    Snippet(head, fromEnd: true) + "\n" + Snippet(lines[j].Text.TrimStart(), fromEnd: false),
                    Snippet(head, fromEnd: true) + Snippet(tail, fromEnd: false),
                    $"seed line {lines[j].Number} continues the sentence"));
                current = current with { Text = head + tail };
                next = j + 1;
            }

            output.Add(current);
            // Blank lines that separated joined pieces go with them; other lines are visited in turn.
            i = next;
        }

        return repairs.Count == 0 ? text : text.WithLines(output).AddRepairs(repairs);
    }

    /// <summary>
    /// Whether a blank line means "new paragraph" in this text: most lines follow each other directly, so
    /// the few blank lines are the author's. In a double-spaced copy (a blank after every line, as
    /// newspaper pages come) a blank line says nothing and broken lines are mended across it.
    /// </summary>
    internal static bool BlankLinesSeparateParagraphs(WorkingText text)
    {
        int direct = 0, separated = 0;
        var blank = false;
        var seenText = false;
        foreach (var line in text.Lines)
        {
            if (string.IsNullOrWhiteSpace(line.Text))
            {
                blank = true;
                continue;
            }
            if (seenText)
            {
                if (blank) separated++;
                else direct++;
            }
            seenText = true;
            blank = false;
        }
        return separated > 0 && direct >= 2 * separated;
    }

    /// <summary>
    /// A row of a table flattened into text: cells separated by tabs, or by spaces between three or more
    /// runs of text with no sentence end (序号 任务 责任单位 / 4 共建长三角数据中心集群 市经济信息化委). Rows are
    /// never joined, with each other or with prose.
    /// </summary>
    internal static bool IsTableRow(string line)
    {
        var t = line.Trim();
        if (t.Length == 0) return false;
        if (t.Contains('\t')) return true;
        var cells = t.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        // Words spaced out letter by letter (推 进 长 三 角) are damage inside a sentence, not cells.
        return cells.Length >= 3 && !LineShape.EndsSentence(t) && cells.All(c => c.Length <= 30)
            && cells.Count(c => c.Length >= 3) >= 2 && cells.Any(c => c.Any(LineShape.IsHan));
    }

    /// <summary>
    /// Whether most prose lines of the text end their sentence, so that one that does not stands out.
    /// A handful of lines is too little to judge and counts as marking them.
    /// </summary>
    internal static bool MarksParagraphEnds(WorkingText text)
    {
        var prose = text.Lines.Where(l => l.Text.Trim().Length >= 20 && LineShape.HasProsePunctuation(l.Text) && !LineShape.IsHeading(l.Text)).ToList();
        if (prose.Count < 5 || prose.Count(l => LineShape.EndsSentence(l.Text)) * 4 >= prose.Count * 3)
        {
            return true;
        }

        // In a short text the broken lines can outnumber the paragraphs. The prose lines that certainly end
        // a paragraph, those just before a heading and the last one, still show whether the copy kept its
        // full stops.
        var ends = ParagraphEnds(text).ToList();
        return ends.Count >= 3 && ends.Count(LineShape.EndsSentence) * 4 >= ends.Count * 3;
    }

    /// <summary>The prose lines followed by a heading or by nothing: no paragraph continues past them.</summary>
    private static IEnumerable<string> ParagraphEnds(WorkingText text)
    {
        var nonBlank = text.Lines.Select(l => l.Text).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        for (var i = 0; i < nonBlank.Count; i++)
        {
            var line = nonBlank[i];
            var last = i == nonBlank.Count - 1;
            if ((last || LineShape.IsHeading(nonBlank[i + 1])) && LineShape.HasProsePunctuation(line) && !LineShape.IsHeading(line))
            {
                yield return line;
            }
        }
    }

    /// <summary>
    /// Whether the break is proven by the lines alone, whatever the rest of the text looks like: in this
    /// genre a line ending on a comma, 、 or an opening bracket or quote never ends a paragraph (not even a
    /// numbered one, so it is no heading), and a line opening with a comma or full stop never starts one.
    /// A following heading still starts its own block.
    /// </summary>
    internal static bool CertainlyContinues(string line, string next)
    {
        var head = line.Trim();
        var tail = next.Trim();
        if (head.Length == 0 || tail.Length == 0 || LineShape.EndsSentence(head) || LineShape.HeadingNumber(tail) is not null)
        {
            return false;
        }

        return OpenEnds.Contains(head[^1]) || ContinuationStarts.Contains(tail[0]) || LeavesOpen(head, '《', '》') || LeavesOpen(head, '“', '”');
    }

    /// <summary>Whether a line opens a title or quotation it does not close (…《长江三角 / 洲区域…》): it goes on.</summary>
    private static bool LeavesOpen(string line, char open, char close) => line.LastIndexOf(open) > line.LastIndexOf(close);

    /// <summary>Whether <paramref name="next"/> continues the sentence <paramref name="line"/> breaks off.</summary>
    internal static bool Continues(string line, string next)
    {
        if (CertainlyContinues(line, next))
        {
            return true;
        }

        var head = line.Trim();
        var tail = next.Trim();
        if (head.Length == 0 || tail.Length == 0)
        {
            return false;
        }

        // Only prose breaks: a title, issuer, date or heading ends without punctuation by nature.
        if (LineShape.EndsSentence(head) || LineShape.IsHeading(head) || !LineShape.HasProsePunctuation(head))
        {
            return false;
        }

        // EndsSentence has ruled out 。” already: a closing quote or bracket here closes a phrase, not a sentence.
        var last = head[^1];
        if (!(LineShape.IsHan(last) || char.IsLetterOrDigit(last) || "，,、“‘（(”’）)》".Contains(last)))
        {
            return false;
        }

        if (LineShape.HeadingNumber(tail) is not null)
        {
            return false;
        }

        if (ContinuationStarts.Contains(tail[0]) || "，,、“‘（(".Contains(last))
        {
            return true;
        }

        // A new paragraph in policy prose usually opens with a short topic sentence (加强国际合作园区建设。);
        // a line opening that way is taken as a paragraph of its own, not a continuation.
        return !OpensWithTopicSentence(tail);
    }

    private static bool OpensWithTopicSentence(string text)
    {
        var end = text.IndexOfAny(['。', '：', ':']);
        if (end is < 4 or > 24 || end == text.Length - 1)
        {
            return false;
        }

        var lead = text.AsSpan(0, end);
        return !LineShape.HasProsePunctuation(lead.ToString());
    }

    /// <summary>How many characters at the start of <paramref name="tail"/> repeat the end of <paramref name="head"/> by accident.</summary>
    internal static int DoubledAcrossBreak(string head, string tail, string documentText)
    {
        for (var n = 2; n >= 1; n--)
        {
            if (head.Length <= n || tail.Length <= n)
            {
                continue;
            }

            var end = head[^n..];
            if (!tail.StartsWith(end, StringComparison.Ordinal) || !end.All(LineShape.IsHan))
            {
                continue;
            }

            if (n == 1 && Reduplicated.Contains(end[0]))
            {
                continue;
            }

            // Genuine repetitions (研究研究) occur elsewhere in the document; an artefact of the break does not.
            if (documentText.Contains(end + end, StringComparison.Ordinal))
            {
                continue;
            }

            return n;
        }

        return 0;
    }

    private static string Snippet(string text, bool fromEnd) =>
        text.Length <= SnippetLength ? text : fromEnd ? text[^SnippetLength..] : text[..SnippetLength];
}
