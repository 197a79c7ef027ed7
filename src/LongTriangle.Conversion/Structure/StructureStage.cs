using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Sidecars;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// Recognises the document's structure in the cleaned text: notice header, title line, preface, fragment,
/// numbered headings and clauses, paragraphs, closing signature, annexes after it; repairs lost headings; assigns every block its eId.
/// </summary>
public static class StructureStage
{
    /// <param name="sidecar">Its <c>restored_headings</c> are put back where their content begins before the outline is built.</param>
    public static DocumentStructure Apply(WorkingText text, SeedSidecar? sidecar = null)
    {
        var lines = text.Lines
            .Select(l => l with { Text = l.Text.Trim().Trim('\u3000', '\u00a0', '\ufeff') })
            .Where(l => l.Text.Length > 0)
            .ToList();

        var notice = NoticeHeaderReader.Read(lines);
        var start = notice?.Lines.Length ?? 0;
        var titleIndex = TitleLineFinder.Find(lines, start, afterNotice: notice is not null);
        var title = titleIndex is { } t ? lines[t] : null;
        // A title the page broke over two lines: the line found is only its tail (高质量建设的若干意见).
        var titleHead = titleIndex is { } tail && TitleLineFinder.HeadOfBrokenTitle(lines, start, tail) is { } head ? head : (int?)null;
        if (titleHead is { } h) title = lines[h] with { Text = lines[h].Text + title!.Text };
        // A document number printed right under (or over) the title is metadata, like the title.
        var numberIndex = titleIndex is { } at
            ? new[] { at + 1, at - 1 }.FirstOrDefault(n => n >= start && n < lines.Count && NoticeHeaderReader.IsDocumentNumber(lines[n].Text), -1)
            : -1;
        var numberLine = numberIndex >= 0 ? lines[numberIndex] : null;
        var body = lines.Skip(start).Where((_, i) => start + i != titleIndex && start + i != titleHead && start + i != numberIndex).ToList();
        var annexLines = new List<SourceLine>();
        if (Annexes.Start(body) is { } annexStart)
        {
            annexLines = body[annexStart..];
            body.RemoveRange(annexStart, body.Count - annexStart);
        }
        var closing = ClosingSignature.Find(body);
        if (closing is not null) body.RemoveRange(body.Count - closing.Lines.Length, closing.Lines.Length);

        var restoration = sidecar is null ? HeadingRestoration.None(body) : HeadingRestoration.Insert(body, sidecar);
        body = restoration.Lines;
        var firstNumbered = OutlineBuilder.FirstNumbered(body, 0);
        var fragmentStart = LeadingFragment.Find(text, body, 0, firstNumbered);
        var outline = OutlineBuilder.Build(body, fragmentStart, restoration.RestoredFrom);
        var blocks = PrefaceHeading.Mark(ClauseIdAssigner.Assign(notice?.Paragraphs ?? [], outline.Root, closing?.Lines ?? []));
        var repairs = restoration.Repairs.AddRange(outline.Repairs).AddRange(notice?.Repairs ?? []);
        var annexes = Annexes.Split(annexLines);
        for (var k = 0; k < annexes.Count; k++)
        {
            var (annexBlocks, annexRepairs) = Annex(annexes[k], k + 1);
            blocks = blocks.AddRange(annexBlocks);
            repairs = repairs.AddRange(annexRepairs);
        }
        return new DocumentStructure(blocks, notice, title, repairs, outline.MissingParts, closing, numberLine?.Text);
    }

    /// <summary>
    /// One annex: its 附件N line (with the annex's title when that stands on the next line) is the heading
    /// <c>annex_N</c>; its own numbering is outlined below that, one level down.
    /// </summary>
    private static (IEnumerable<DocumentBlock> Blocks, IEnumerable<Repair> Repairs) Annex(List<SourceLine> lines, int number)
    {
        var segment = ClauseSegments.Numbered(NumberingKind.Annex.Segment(), number);
        var heading = lines[0];
        var rest = lines.Skip(1).ToList();
        if (rest.Count > 0 && !heading.Text.Contains('：') && !heading.Text.Contains(':') && TitleLineFinder.IsTitleLike(rest[0].Text, requireTypeName: false))
        {
            heading = heading with { Text = heading.Text.Trim() + " " + rest[0].Text.Trim() };
            rest.RemoveAt(0);
        }

        var outline = OutlineBuilder.Build(rest, fragmentStart: null);
        var blocks = new List<DocumentBlock> { new Heading(ClauseId.Root(segment), heading.Number, heading.Text, 2, Missing: false) { Numbering = NumberingKind.Annex } };
        foreach (var block in ClauseIdAssigner.Assign([], outline.Root, []))
        {
            blocks.Add(block switch
            {
                // Text before the annex's first numbered line is simply its paragraphs, not a preface.
                Paragraph { Role: ParagraphRole.Preface } p => p with { Id = ClauseId.Root(p.Id.Value["preface__".Length..]).Within(segment), Role = ParagraphRole.Clause },
                Paragraph p => p with { Id = p.Id.Within(segment) },
                Heading h => h with { Id = h.Id.Within(segment), Level = Math.Min(h.Level + 1, 6) },
                _ => block,
            });
        }
        return (blocks, outline.Repairs);
    }
}
